/// A matter's page, `matters/<matter>.html`. In the national site it holds the standard once and
/// every region's parts as data, with a region picker that fills one printable sheet; in a
/// region's site it is that region's checklist itself, printable as it stands.
enum MatterPage {
    /// The national page: the standard, and a picker for `rows` (one per implementing region)
    /// whose data refers to `table` (`regions.js`).
    static func national(_ standard: Checklist, _ rows: [RegionPicker.Row], _ table: RegionTable) -> String {
        let id = standard.matterID
        var body = head(standard) + [.el("h2", ["class": "picker-title"], text: "各地实施与一次性告知单")]
        if rows.isEmpty {
            body.append(.el("p", text: "尚无地区实施该事项。"))
        } else {
            body.append(.el("form", ["class": "picker", "action": "\(id).html", "method": "get"], [
                .el("label", ["for": "region"], text: "实施地区："),
                .el("select", ["id": "region", "name": "region"], [.el("option", ["value": ""], text: "请选择地区")]),
                .el("p", ["id": "region-note"], text: "\(rows.count)个地区实施该事项。选择地区后，本页显示并打印该地区的一次性告知单；也可用 matters/\(id).html?region=地区代码 直接打开。"),
                .el("noscript", text: "地区选择需要浏览器启用脚本；可打印下方不含地区信息的事项标准。"),
            ]))
            body.append(HTMLChecklistRenderer.sheet(template(standard), anchor: "regional", slotted: true, hidden: true))
        }
        body.append(standardPart(standard, printable: "../checklists/\(id)/standard.html"))
        if !rows.isEmpty {
            body.append(.el("script", ["type": "application/json", "id": "region-data"], [.scriptData(RegionPicker.data(rows, table))]))
            body.append(.el("script", ["src": "../regions.js"]))
            body.append(.el("script", ["src": "../region-picker.js"]))
        }
        return SitePage.render(title: standard.name, body: body, depth: 1)
    }

    /// A region's page: its checklist (`regional`) as a sheet that prints alone; without one
    /// (the region does not implement the matter) the standard, saying so.
    static func region(_ standard: Checklist, _ regional: Checklist?) -> String {
        guard let regional else {
            let body = head(standard) + [
                .el("p", text: "本地区尚未实施该事项；以下为事项标准，不作为本地区的一次性告知单。"),
                standardPart(standard, printable: nil),
            ]
            return SitePage.render(title: standard.name, body: body, depth: 1)
        }
        let body = head(standard) + [
            .el("p", ["class": "print-hint"], text: "本页即本地区的一次性告知单：按 Ctrl+P 打印（纸张 A4，不勾选“页眉和页脚”）。"),
            HTMLChecklistRenderer.sheet(regional, anchor: "regional"),
        ]
        let place = regional.region.map { $0.place.name ?? $0.place.code } ?? ""
        return SitePage.render(title: standard.name + " — " + place, body: body, depth: 1, bodyClass: "has-region")
    }

    /// The way back to the index and the matter's name, type and department.
    private static func head(_ standard: Checklist) -> [HTMLNode] {
        [
            SitePage.backToIndex,
            .el("header", ["class": "masthead"], [
                .el("h1", [:], [.text(standard.name)] + SitePage.badge(standard.status)),
                .el("p", text: [standard.type, standard.department].compactMap { $0 }.joined(separator: "　")),
            ]),
        ]
    }

    /// The standard without a region, with a link to its printable page when there is one.
    private static func standardPart(_ standard: Checklist, printable: String?) -> HTMLNode {
        var part: [HTMLNode] = []
        if let printable {
            part.append(.el("p", [:], [
                .text("不含地区信息的事项标准告知单："),
                .el("a", ["href": printable, "class": "checklist"], text: "打印"),
            ]))
        }
        part.append(.el("h2", text: "事项标准"))
        part.append(.el("div", ["class": standard.isDraft ? "sheet is-draft" : "sheet"], HTMLChecklistRenderer.contents(standard)))
        return .el("section", ["id": "standard-part"], part)
    }

    /// The sheet the picker fills: the standard as a region's checklist prints it, with every
    /// value a region sets left unstated (the picker writes them) and the 通办专窗 row present,
    /// so that any region's row can be filled in. It names no region, so that no region's file
    /// is in the page.
    static func template(_ standard: Checklist) -> Checklist {
        var c = standard
        c.region = Checklist.Region(
            place: Checklist.Place(code: "", name: nil), agency: nil, windows: [], phone: nil,
            complaintPhone: nil, onlineURL: nil, tongbanWindows: [Checklist.Window(name: Checklist.unstated)])
        c.implementedIn = []
        return c
    }
}
