/// The supervision page (`tongban report --format html`, and `supervision.html` of `tongban
/// site`): per list a coverage matrix of regions × batches coloured by progress, overdue cells
/// marked, and the 免提交 rates as bar charts drawn in inline SVG. One self-contained file: no
/// script, nothing loaded from elsewhere, printable (A4 landscape); every value is escaped
/// (`HTMLNode`).
public struct SupervisionHTMLRenderer: Sendable {
    public var language: Language
    /// A link back to the catalogue's index (for the page inside `tongban site`).
    public var indexLink: String?

    public init(language: Language, indexLink: String? = nil) {
        self.language = language
        self.indexLink = indexLink
    }

    public func render(_ report: SupervisionReport) -> String {
        let say = SupervisionWording(language: language)
        var body: [HTMLNode] = []
        if let indexLink { body.append(.el("nav", [:], [.el("a", ["href": indexLink], text: zh ? "← 返回目录" : "← back to the catalogue")])) }
        body.append(.el("header", ["class": "masthead"], [
            .el("h1", text: say.title(report)),
            .el("p", ["class": report.overdueCount > 0 || !report.findings.isEmpty ? "total alert" : "total"], text: say.total(report)),
        ]))
        if !report.findings.isEmpty {
            body.append(.el("section", ["class": "findings"], [
                .el("h2", text: say.findingsHeading),
                .el("ul", [:], report.findings.map { d in
                    .el("li", [:], [.el("code", text: "\(d.file):\(d.range.start.line):\(d.range.start.column)"), .text(" " + d.message.text(language) + " "), .el("code", text: d.rule.rawValue)])
                }),
            ]))
        }
        body.append(legend())
        for list in report.lists { body.append(matrix(list, say)) }
        body.append(exemption(report.exemption, say))
        if report.registryErrors > 0 { body.append(.el("p", ["class": "note"], text: say.registryErrors(report.registryErrors))) }
        let html = HTMLNode.el("html", ["lang": zh ? "zh-CN" : "en", "class": "supervision"], [
            .el("head", [:], [
                .el("meta", ["charset": "utf-8"]),
                .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .el("title", text: say.title(report)),
                .el("style", [:], [.trusted(Self.css)]),
            ]),
            .el("body", [:], body),
        ])
        return "<!DOCTYPE html>\n" + html.render() + "\n"
    }

    private var zh: Bool { language == .zh }

    // MARK: - Coverage

    private func legend() -> HTMLNode {
        let items: [(StaticString, String)] = [
            ("cell done", zh ? "全部实施" : "complete"), ("cell part", zh ? "部分实施" : "partly"),
            ("cell none", zh ? "尚未实施" : "none yet"), ("cell late", zh ? "逾期（⚠）" : "overdue (⚠)"),
        ]
        return .el("p", ["class": "legend"], items.map { cls, text in
            .el("span", [:], [.el("span", ["class": "\(cls)"], text: "　"), .text(" " + text)])
        })
    }

    private func matrix(_ list: SupervisionReport.ListProgress, _ say: SupervisionWording) -> HTMLNode {
        let batches = list.batches.filter { $0.dueCount > 0 }
        var children: [HTMLNode] = [.el("h2", text: say.list(list))]
        children.append(.el("ul", ["class": "batches"], list.batches.map { batch in
            .el("li", text: say.batchTitle(batch) + (zh ? "：" : ": ") + say.deadline(batch) + (zh ? "；" : "; ") + say.entries(batch)
                + (batch.dueCount > 0 && !batch.regions.isEmpty ? (zh ? "；" : "; ") + say.batchSummary(batch) : ""))
        }))
        guard let regions = batches.first?.regions, !regions.isEmpty else {
            return .el("section", ["class": "list"], children)
        }
        let head = HTMLNode.el("tr", [:], [.el("th", text: say.region)] + batches.map { batch in
            .el("th", [:], [.text(say.batchTitle(batch)), .el("span", ["class": "due"], text: batch.due.map { "\($0)" } ?? (zh ? "无期限" : "no due date"))])
        })
        let rows = regions.indices.map { index -> HTMLNode in
            let region = regions[index]
            return .el("tr", [:], [.el("th", ["scope": "row"], text: "\(region.division) \(region.name)")] + batches.map { batch in
                guard index < batch.regions.count else { return .el("td", text: "") }
                return cell(batch.regions[index], batch)
            })
        }
        children.append(.el("table", ["class": "matrix"], [.el("thead", [:], [head]), .el("tbody", [:], rows)]))
        return .el("section", ["class": "list"], children)
    }

    private func cell(_ region: SupervisionReport.RegionProgress, _ batch: SupervisionReport.BatchProgress) -> HTMLNode {
        let text = "\(region.implemented)/\(batch.dueCount)"
        var children: [HTMLNode] = [.text(text)]
        let title: String
        if !region.overdue.isEmpty {
            children.append(.el("span", ["class": "mark"], text: " ⚠\(region.overdue.count)"))
            title = (zh ? "逾期未实施：" : "past due: ") + region.overdue.map { "\($0.matter) \($0.name)" }.joined(separator: zh ? "、" : ", ")
        } else {
            title = "\(region.division) \(region.name) · " + text
        }
        if !region.unreadable.isEmpty { children.append(.el("span", ["class": "mark"], text: " ？\(region.unreadable.count)")) }
        let cls: String = !region.overdue.isEmpty ? "cell late" : region.implemented == batch.dueCount ? "cell done" : region.implemented == 0 ? "cell none" : "cell part"
        return .el("td", ["class": cls, "title": title], children)
    }

    // MARK: - 免提交 charts

    private func exemption(_ summary: SupervisionReport.ExemptionSummary, _ say: SupervisionWording) -> HTMLNode {
        var children: [HTMLNode] = [.el("h2", text: say.exemptionHeading), .el("p", text: say.overall(summary.overall))]
        let lists = summary.lists.map { (label: "\($0.name)（\($0.id)）", title: say.part($0, list: true), count: $0.count) }
        if !lists.isEmpty { children.append(chart(lists, caption: zh ? "各清单免提交率" : "免提交 rate per list")) }
        let matters = summary.matters.map { (label: $0.name, title: "\($0.matter) \($0.name)：" + say.count($0.count), count: $0.count) }
        if !matters.isEmpty { children.append(chart(matters, caption: zh ? "各事项免提交率" : "免提交 rate per matter")) }
        return .el("section", ["class": "exemption"], children)
    }

    /// A horizontal bar chart: one row per item, its label, a bar as long as its rate, and the
    /// rate with its counts. Drawn in SVG by this code; the numbers are also in the text.
    private func chart(_ items: [(label: String, title: String, count: Exemption)], caption: String) -> HTMLNode {
        let row = 18, labelWidth = 230, barWidth = 360, width = labelWidth + barWidth + 130
        let height = items.count * row + 24
        var nodes: [HTMLNode] = [.el("title", text: caption)]
        // The axis: 0, 50 % and 100 %.
        for tick in [0, 50, 100] {
            let x = String(labelWidth + barWidth * tick / 100)
            nodes.append(.el("line", ["x1": x, "x2": x, "y1": "0", "y2": String(items.count * row), "class": "tick"]))
            nodes.append(.el("text", ["x": x, "y": String(items.count * row + 14), "class": "axis"], text: "\(tick)%"))
        }
        for (index, item) in items.enumerated() {
            let y = index * row
            let length = barWidth * (item.count.percent ?? 0) / 100
            nodes.append(.el("g", [:], [
                .el("title", text: item.title),
                .el("text", ["x": String(labelWidth - 6), "y": String(y + 13), "class": "label"], text: Self.shortened(item.label, to: 15)),
                .el("rect", ["x": String(labelWidth), "y": String(y + 3), "width": String(max(length, 0)), "height": String(row - 6), "class": "bar"]),
                .el("text", ["x": String(labelWidth + length + 4), "y": String(y + 13), "class": "value"],
                    text: (item.count.percent.map { "\($0)%" } ?? "—") + "（\(item.count.exempt)/\(item.count.materials)）"),
            ]))
        }
        return .el("figure", [:], [
            .el("svg", ["viewBox": "0 0 \(width) \(height)", "width": String(width), "height": String(height), "role": "img", "aria-label": caption, "class": "chart"], nodes),
            .el("figcaption", text: caption),
        ])
    }

    /// `text` cut to `count` characters with `…`.
    static func shortened(_ text: String, to count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }

    static let css: StaticString = """
        @page { size: A4 landscape; margin: 10mm; }
        * { box-sizing: border-box; }
        html {
          font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
          font-size: 10pt; line-height: 1.35; color: #000; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact;
        }
        body { margin: 0 auto; padding: 6mm 8mm; max-width: 290mm; }
        .masthead { border-bottom: 0.8mm solid #1f4e8c; margin-bottom: 3mm; }
        h1 { font-size: 16pt; margin: 0 0 1mm; }
        h2 { font-size: 12pt; margin: 5mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
        .total { font-weight: bold; }
        .alert { color: #b00000; }
        .findings { border: 0.4mm solid #b00000; padding: 1mm 3mm; }
        .legend span { margin-right: 4mm; }
        .batches { margin: 0 0 2mm; padding-left: 5mm; }
        table.matrix { border-collapse: collapse; font-size: 9pt; }
        .matrix th, .matrix td { border: 0.25mm solid #999; padding: 0.4mm 2mm; text-align: left; white-space: nowrap; }
        .matrix td { text-align: center; min-width: 22mm; }
        .matrix thead th { background: #e8eef7; }
        .matrix thead { display: table-header-group; }
        .matrix tr { break-inside: avoid; page-break-inside: avoid; }
        .due { display: block; font-weight: normal; font-size: 8pt; color: #444; }
        .cell { display: inline-block; min-width: 5mm; }
        td.cell { display: table-cell; }
        .done { background: #cdebd3; }
        .part { background: #fff1b8; }
        .none { background: #e6e6e6; }
        .late { background: #f7c6c6; color: #7a0000; font-weight: bold; }
        .mark { color: #b00000; }
        figure { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 9pt; color: #333; }
        svg.chart { max-width: 100%; height: auto; font-size: 11px; }
        svg .label { text-anchor: end; fill: #000; }
        svg .value, svg .axis { fill: #333; }
        svg .axis { text-anchor: middle; font-size: 9px; }
        svg .bar { fill: #1f4e8c; }
        svg .tick { stroke: #bbb; stroke-width: 1; }
        nav { margin-bottom: 2mm; }
        @media print { nav { display: none; } body { padding: 0; max-width: none; } }
        """
}
