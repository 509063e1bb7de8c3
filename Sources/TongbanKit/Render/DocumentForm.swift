/// How an HTML document is written: the file `tongban checklist` writes stands alone (its style
/// sheet inline, its markup indented for reading); a page of the catalogue site links the site's
/// one style sheet and is not indented, since the site holds hundreds of such pages.
struct DocumentForm: Sendable, Hashable {
    /// The address of the style sheet to link, relative to the page; nil puts it inline.
    var styleSheet: String?
    var indented: Bool

    /// A self-contained file: inline style sheet, indented.
    static let standalone = DocumentForm(styleSheet: nil, indented: true)

    /// A page of a site that links `styleSheet` (relative to the page), not indented.
    static func page(linking styleSheet: String) -> DocumentForm {
        DocumentForm(styleSheet: styleSheet, indented: false)
    }
}
