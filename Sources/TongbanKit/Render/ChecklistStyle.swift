/// The style sheet of printed checklists: A4 pages, black on white, tables whose rows never
/// split across pages, and Chinese fonts found on Linux (Noto CJK) and Windows (YaHei, SimSun).
enum ChecklistStyle {
    static let css: StaticString = """
        @page { size: A4; margin: 10mm 13mm 10mm 13mm; }
        * { box-sizing: border-box; }
        html {
          font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "微软雅黑", "PingFang SC", "SimHei", "黑体", sans-serif;
          font-size: 10pt; line-height: 1.35; color: #000; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact;
        }
        body { margin: 0; }
        h1, h2, .cover-title {
          font-family: "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "SimSun", "宋体", serif;
        }
        h1 { font-size: 17pt; text-align: center; margin: 0 0 1mm; letter-spacing: 0.04em; }
        .subtitle { text-align: center; margin: 0 0 3mm; }
        h2 { font-size: 11pt; margin: 3mm 0 1.2mm; padding-left: 2mm; border-left: 1.2mm solid #000; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 10pt; margin: 2mm 0 1mm; break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 1mm; }
        table { width: 100%; border-collapse: collapse; }
        th, td { border: 0.3mm solid #000; padding: 0.6mm 1.5mm; vertical-align: top; text-align: left; }
        th { background: #eee; font-weight: bold; white-space: nowrap; }
        thead { display: table-header-group; }
        tr, li, .signature, .notice { break-inside: avoid; page-break-inside: avoid; }
        .facts { table-layout: fixed; }
        .facts th { width: 24mm; }
        .materials { table-layout: fixed; font-size: 9.5pt; }
        .materials .num, .materials .copies { text-align: center; }
        .materials th.num { width: 9mm; }
        .materials th.name { width: 40mm; }
        .materials th.form { width: 25mm; }
        .materials th.medium { width: 22mm; }
        .materials th.copies { width: 11mm; }
        .materials th.need { width: 18mm; }
        .line { display: block; }
        ol, ul { margin: 0; padding-left: 6mm; }
        .process { list-style: none; padding: 0; display: flex; flex-wrap: wrap; }
        .process li + li::before { content: "→"; margin: 0 2mm; }
        .facts td.has-steps { padding: 0; }
        .steps { table-layout: fixed; font-size: 9.5pt; }
        .steps th, .steps td { border-width: 0 0.3mm 0.3mm 0; }
        .steps tr > :last-child { border-right: none; }
        .steps tbody tr:last-child td { border-bottom: none; }
        .steps th.step { width: 45mm; }
        .steps th.time { width: 26mm; }
        .only-here { font-weight: bold; }
        .legend { font-size: 8.5pt; margin-top: 1mm; }
        .notice { border: 0.6mm solid #b00000; color: #b00000; font-weight: bold; padding: 1.5mm 3mm; margin: 0 0 3mm; text-align: center; }
        .is-draft { position: relative; z-index: 0; }
        .is-draft::before {
          content: "草稿"; position: absolute; top: 35%; left: 50%; z-index: -1;
          transform: translate(-50%, -50%) rotate(-30deg);
          font-size: 110pt; font-weight: bold; color: rgba(176, 0, 0, 0.10);
        }
        .signature { display: flex; justify-content: space-between; margin-top: 5mm; }
        .blank { display: inline-block; min-width: 48mm; border-bottom: 0.3mm solid #000; }
        .blank.short { min-width: 32mm; }
        .meta { font-size: 8pt; color: #333; margin-top: 2mm; }
        .sheet + .sheet { break-before: page; page-break-before: always; }
        .cover { text-align: center; }
        .cover-title { font-size: 22pt; margin: 50mm 0 8mm; }
        .cover .facts { width: 70%; margin: 0 auto 10mm; }
        .toc { text-align: left; width: 80%; margin: 0 auto; }
        .cover h2 { border-left: none; padding-left: 0; text-align: center; }
        .toc td.num { width: 12mm; text-align: center; }
        a { color: inherit; }
        @media screen {
          html { background: #e6e6e6; }
          body { padding: 6mm 0; }
          .sheet { width: 210mm; min-height: 297mm; margin: 0 auto 6mm; padding: 10mm 13mm; background: #fff; box-shadow: 0 0.5mm 2mm rgba(0, 0, 0, 0.3); }
        }
        """
}
