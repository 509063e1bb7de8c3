/// The catalogue's own style, after the checklist style sheet in the site's one style sheet
/// file (`style.css`), which every page of the site links. Its rules reach the catalogue's parts
/// only (`html.site` pages, the search, the picker, the catalogue tables), never a checklist
/// sheet, so a sheet prints on the site as `tongban checklist` prints it.
enum SiteStyle {
    /// The style sheet file's name, at the site's root.
    static let fileName = "style.css"

    /// `style.css`: the checklist style sheet, then the catalogue's.
    static var sheet: String { "\(ChecklistStyle.css)\n\(css)\n" }

    static let css: StaticString = """
        @media screen { html.site { background: #f4f5f7; } }
        .site body { max-width: 250mm; margin: 0 auto; padding: 6mm 8mm 12mm; }
        .site .masthead { border-bottom: 0.8mm solid #1f4e8c; margin-bottom: 4mm; padding-bottom: 2mm; }
        .site .masthead h1 { text-align: left; margin: 0; }
        .site .masthead p { margin: 1mm 0 0; color: #333; }
        .site nav { margin-bottom: 2mm; }
        .site a { color: #1f4e8c; }
        .site .sheet a { color: inherit; }
        .site body > h2, #standard-part > h2 { margin-top: 6mm; }
        .catalogue { background: #fff; }
        .catalogue th { background: #e8eef7; }
        .search { background: #fff; border: 0.3mm solid #c8d3e3; padding: 3mm 4mm; }
        .search form { display: flex; gap: 2mm; }
        .search input { flex: 1; font: inherit; font-size: 12pt; padding: 1.5mm 2mm; border: 0.3mm solid #888; }
        .search button { font: inherit; font-size: 12pt; padding: 1.5mm 5mm; background: #1f4e8c; color: #fff; border: none; }
        #result-count { margin: 2mm 0 1mm; }
        #results li { margin: 1mm 0; font-size: 11pt; }
        .detail { color: #555; font-size: 9pt; }
        .badge { display: inline-block; font-size: 8pt; padding: 0 1.2mm; border: 0.3mm solid #b00000; color: #b00000; margin-left: 1.5mm; vertical-align: middle; }
        .site .sheet { margin-top: 3mm; }
        @media screen { .site .sheet { width: auto; min-height: 0; } }
        .site .sheet[hidden] { display: none; }
        .picker { background: #fff; border: 0.3mm solid #c8d3e3; padding: 3mm 4mm; }
        .picker select { font: inherit; font-size: 12pt; padding: 1mm 2mm; }
        #region-note { margin: 2mm 0 0; color: #555; font-size: 9pt; }
        @media print {
          .site body { max-width: none; margin: 0; padding: 0; }
          .site nav, .search, .picker, .picker-title { display: none; }
          body.has-region > :not(#regional) { display: none; }
          .site .sheet#regional { margin-top: 0; }
        }
        """
}
