/// The static catalogue for clerks (`tongban site`): an index of lists and matters with a
/// search that runs in the browser, a page per list and per matter. Every page works from
/// `file://`; nothing is loaded from elsewhere.
///
/// The national layout (`SiteLayout.national`) holds each matter's standard once: its page
/// carries the regions' parts (agency, windows, hours, phones, 通办专窗 and 帮办代办, a shorter
/// promise) as JSON data, and a region picker (`?region=CODE`) fills them into one printable
/// checklist, so the site grows with matters + implementations rather than with pages per
/// matter × region. Files: `index.html`, `search-index.js`, `search.js`, `region-picker.js`,
/// `lists/<list>.html`, `matters/<matter>.html`, `checklists/<matter>/standard.html`.
///
/// The layout of one region (`SiteLayout.region`, what one county publishes) adds that region's
/// checklists as static pages, `checklists/<matter>/<division>.html`, and its booklet per list,
/// `lists/<list>/<division>.html`; only that region's implementations are in it.
public enum CatalogueSite {
    /// Every file of the site. Pure: the same registry and dates give the same files.
    /// Ids that could not be a file name are left out (the linter reports them).
    /// - Parameter supervisionPage: link the index to `supervision.html` (the supervision page,
    ///   which the caller adds: it is rendered above this floor).
    public static func build(_ registry: Registry, revisionDates: [String: CalendarDate] = [:], layout: SiteLayout = .national, supervisionPage: Bool = false) -> [SiteFile] {
        let registry = layout.scope(registry)
        let builder = ChecklistBuilder(registry: registry)
        let lists = registry.lists.filter { Identifier.isValid($0.id) }.sorted { $0.id < $1.id }
        // Only matters whose page can be written are linked from the index and the search.
        let candidates = registry.matters.filter { Identifier.isValid($0.id) }.sorted { $0.id < $1.id }
        let rendered: [[SiteFile]] = candidates.parallelMap { matter in
            matterFiles(matter, revisionDate: revisionDates[matter.id], layout: layout, builder)
        }
        var matters: [Matter] = []
        for (matter, files) in zip(candidates, rendered) where !files.isEmpty { matters.append(matter) }
        var files: [SiteFile] = [
            SiteFile(path: "index.html", contents: index(registry, lists: lists, matters: matters, builder, supervisionPage: supervisionPage)),
            SiteFile(path: "search-index.js", contents: SearchIndex.script(registry, matters: matters, builder)),
            SiteFile(path: "search.js", contents: "\(SearchIndex.searchScript)"),
            SiteFile(path: "region-picker.js", contents: "\(RegionPicker.script)"),
        ]
        for list in lists {
            let booklets = bookletRegions(list, registry, layout, builder)
            files.append(SiteFile(path: "lists/\(list.id).html", contents: listPage(list, registry, booklets: booklets, builder)))
            for place in booklets {
                if let booklet = try? builder.booklet(list: list, region: place, revisionDates: revisionDates) {
                    files.append(SiteFile(path: "lists/\(list.id)/\(place.code).html", contents: HTMLChecklistRenderer.render(booklet)))
                }
            }
        }
        files += rendered.joined()
        return files
    }

    /// The files of one matter: its page, its standard's checklist and, in a region's layout,
    /// that region's checklist; none when its standard cannot be printed.
    private static func matterFiles(_ matter: Matter, revisionDate: CalendarDate?, layout: SiteLayout, _ builder: ChecklistBuilder) -> [SiteFile] {
        guard let standard = try? builder.checklist(for: matter, revisionDate: revisionDate) else { return [] }
        let implementations = builder.index.implementations(of: matter.id).filter { Identifier.isValid($0.division) }
        var seen: Set<String> = []
        let regional = implementations.filter { seen.insert($0.division).inserted }.map { builder.localized(standard, of: matter, by: $0) }
        var files = [
            SiteFile(path: "matters/\(matter.id).html", contents: matterPage(standard, regional, layout: layout)),
            SiteFile(path: "checklists/\(matter.id)/standard.html", contents: HTMLChecklistRenderer.render(standard)),
        ]
        if case .region = layout {
            for checklist in regional {
                files.append(SiteFile(path: "checklists/\(matter.id)/\(checklist.region?.place.code ?? "").html", contents: HTMLChecklistRenderer.render(checklist)))
            }
        }
        return files
    }

    // MARK: - Pages

    private static func index(_ registry: Registry, lists: [ServiceList], matters: [Matter], _ builder: ChecklistBuilder, supervisionPage: Bool) -> String {
        let name = registry.manifest?.name?.value ?? "通办事项标准库"
        let listRows = lists.map { list in
            HTMLNode.el("tr", [:], [
                .el("td", [:], [.el("a", ["href": "lists/\(list.id).html"], text: list.displayName)]),
                .el("td", text: list.scope?.value ?? Checklist.unstated),
                .el("td", [:], batchLines(list)),
                .el("td", ["class": "num"], text: "\(Set(list.entries.map(\.matter.value)).count)项"),
            ])
        }
        let matterRows = matters.map { m in
            HTMLNode.el("tr", [:], [
                .el("td", [:], [.el("a", ["href": "matters/\(m.id).html"], text: m.displayName)] + badge(m.status?.value)),
                .el("td", text: m.type?.value ?? Checklist.unstated),
                .el("td", text: registry.lists(containing: m.id).sorted { $0.id < $1.id }.map(\.displayName).joined(separator: "、")),
                .el("td", text: regionSummary(m.id, builder)),
            ])
        }
        var header: [HTMLNode] = [
            .el("h1", text: name),
            .el("p", text: "通办事项目录：\(lists.count)个清单，\(matters.count)项事项。选择事项可查看标准、各地实施情况，并打印一次性告知单。"),
        ]
        if supervisionPage {
            header.append(.el("p", [:], [.el("a", ["href": "supervision.html"], text: "日常监督：各地实施进度与免提交率")]))
        }
        let body: [HTMLNode] = [
            .el("header", ["class": "masthead"], header),
            .el("section", ["class": "search"], [
                .el("form", ["method": "get", "action": "index.html", "role": "search"], [
                    .el("input", ["id": "q", "name": "q", "type": "search", "placeholder": "输入事项名称、简称、材料或部门，如：社保卡", "aria-label": "检索事项"]),
                    .el("button", ["type": "submit"], text: "检索"),
                ]),
                .el("p", ["id": "result-count"]),
                .el("ol", ["id": "results"]),
            ]),
            .el("h2", text: "通办清单"),
            .el("table", ["class": "catalogue"], [
                .el("thead", [:], [.el("tr", [:], [.el("th", text: "清单"), .el("th", text: "范围"), .el("th", text: "批次（期限：事项数）"), .el("th", text: "事项数")])]),
                .el("tbody", [:], listRows),
            ]),
            .el("h2", text: "全部事项"),
            .el("table", ["class": "catalogue"], [
                .el("thead", [:], [.el("tr", [:], [.el("th", text: "事项"), .el("th", text: "事项类型"), .el("th", text: "所在清单"), .el("th", text: "已实施地区")])]),
                .el("tbody", [:], matterRows),
            ]),
            .el("script", ["src": "search-index.js"]),
            .el("script", ["src": "search.js"]),
        ]
        return page(title: name + " — 通办事项目录", body: body)
    }

    private static func listPage(_ list: ServiceList, _ registry: Registry, booklets: [Checklist.Place], _ builder: ChecklistBuilder) -> String {
        var body: [HTMLNode] = [
            .el("nav", [:], [.el("a", ["href": "../index.html"], text: "← 返回目录")]),
            .el("header", ["class": "masthead"], [
                .el("h1", text: list.displayName),
                .el("p", text: "通办范围：\(list.scope?.value ?? Checklist.unstated)" + (list.basis.isEmpty ? "" : "　依据：" + list.basis.map(\.value).joined(separator: "；"))),
            ]),
        ]
        if !list.regions.isEmpty {
            body.append(.el("p", text: "参与地区：" + list.regions.map { builder.place($0.value).label }.joined(separator: "、")))
        }
        if !booklets.isEmpty {
            body.append(.el("h2", text: "按地区打印告知单汇编"))
            body.append(.el("ul", [:], booklets.map { place in
                .el("li", [:], [.el("a", ["href": "\(list.id)/\(place.code).html"], text: place.label + "：本清单事项一次性告知单汇编")])
            }))
        }
        var groups: [(title: String, entries: [ServiceList.Entry])] = list.batches.map { batch in
            let due = batch.due.map { "（期限：\($0.value)）" } ?? ""
            return ("批次：" + (batch.name?.value ?? batch.id.value) + due, list.entries.filter { $0.batch?.value == batch.id.value })
        }
        let unbatched = list.entries.filter { e in !list.batches.contains { $0.id.value == e.batch?.value } }
        if !unbatched.isEmpty { groups.append(("未分批", unbatched)) }
        for group in groups {
            body.append(.el("h2", text: group.title + "，\(group.entries.count)项"))
            if group.entries.isEmpty { body.append(.el("p", text: "暂无事项。")); continue }
            body.append(.el("table", ["class": "catalogue"], [
                .el("thead", [:], [.el("tr", [:], [.el("th", text: "序号"), .el("th", text: "事项"), .el("th", text: "事项类型"), .el("th", text: "已实施地区")])]),
                .el("tbody", [:], group.entries.enumerated().map { i, entry in
                    let id = entry.matter.value
                    guard let m = builder.index.matter(id), Identifier.isValid(id) else {
                        return .el("tr", [:], [.el("td", ["class": "num"], text: String(i + 1)), .el("td", text: id + "（标准库中无此事项标准）"), .el("td", text: ""), .el("td", text: "")])
                    }
                    return .el("tr", [:], [
                        .el("td", ["class": "num"], text: String(i + 1)),
                        .el("td", [:], [.el("a", ["href": "../matters/\(id).html"], text: m.displayName)] + badge(m.status?.value)),
                        .el("td", text: m.type?.value ?? Checklist.unstated),
                        .el("td", text: regionSummary(id, builder)),
                    ])
                }),
            ]))
        }
        return page(title: list.displayName, body: body)
    }

    /// A matter's page: the standard once, and a region picker that fills the regions' parts
    /// (`regional`, one checklist per region, from `ChecklistBuilder.localized`) into one sheet.
    private static func matterPage(_ standard: Checklist, _ regional: [Checklist], layout: SiteLayout) -> String {
        let id = standard.matterID
        var body: [HTMLNode] = [
            .el("nav", [:], [.el("a", ["href": "../index.html"], text: "← 返回目录")]),
            .el("header", ["class": "masthead"], [
                .el("h1", [:], [.text(standard.name)] + badge(standard.status)),
                .el("p", text: [standard.type, standard.department].compactMap { $0 }.joined(separator: "　")),
            ]),
            .el("h2", ["class": "picker-title"], text: "各地实施与一次性告知单"),
        ]
        if let first = regional.first {
            var picker: [HTMLNode] = [
                .el("label", ["for": "region"], text: "实施地区："),
                .el("select", ["id": "region", "name": "region"], [.el("option", ["value": ""], text: "请选择地区")]),
                .el("p", ["id": "region-note"], text: "\(regional.count)个地区实施该事项。选择地区后，本页显示并打印该地区的一次性告知单；也可用 matters/\(id).html?region=地区代码 直接打开。"),
                .el("noscript", text: "地区选择需要浏览器启用脚本；可打印下方不含地区信息的事项标准。"),
            ]
            if case .region(let code) = layout {
                picker.append(.el("p", [:], [.el("a", ["href": "../checklists/\(id)/\(code).html", "class": "checklist"], text: "本地区一次性告知单（静态页）")]))
            }
            body.append(.el("form", ["class": "picker", "action": "\(id).html", "method": "get"], picker))
            body.append(HTMLChecklistRenderer.sheet(template(first), anchor: "regional", slotted: true, hidden: true))
        } else {
            body.append(.el("p", text: "尚无地区实施该事项。"))
        }
        body.append(.el("section", ["id": "standard-part"], [
            .el("p", [:], [
                .text("不含地区信息的事项标准告知单："),
                .el("a", ["href": "../checklists/\(id)/standard.html", "class": "checklist"], text: "打印"),
            ]),
            .el("h2", text: "事项标准"),
            .el("div", ["class": standard.isDraft ? "sheet is-draft" : "sheet"], HTMLChecklistRenderer.contents(standard)),
        ]))
        if !regional.isEmpty {
            body.append(.el("script", ["type": "application/json", "id": "region-data"], [.scriptData(RegionPicker.data(regional))]))
            body.append(.el("script", ["src": "../region-picker.js"]))
        }
        return page(title: standard.name, body: body)
    }

    /// The sheet the picker fills: a region's checklist, with the 通办专窗 row present even when
    /// that region has none, so that any region's row can be filled in.
    private static func template(_ checklist: Checklist) -> Checklist {
        var c = checklist
        if let region = c.region, region.tongbanWindows.isEmpty, region.assistance == nil {
            c.region?.tongbanWindows = [Checklist.Window(name: Checklist.unstated)]
        }
        return c
    }

    /// The regions that implement a matter: their names when a few, else how many.
    private static func regionSummary(_ matterID: String, _ builder: ChecklistBuilder) -> String {
        let implementations = builder.index.implementations(of: matterID)
        guard implementations.count <= namedRegions else { return "\(implementations.count)个地区" }
        return implementations.map { builder.place($0.division).name ?? $0.division }.joined(separator: "、")
    }

    /// How many regions the index and list pages name before they give a count instead.
    static let namedRegions = 12

    // MARK: - Parts

    private static func page(title: String, body: [HTMLNode]) -> String {
        let html = HTMLNode.el("html", ["lang": "zh-CN", "class": "site"], [
            .el("head", [:], [
                .el("meta", ["charset": "utf-8"]),
                .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .el("title", text: title),
                .el("style", [:], [.trusted(ChecklistStyle.css)]),
                .el("style", [:], [.trusted(SiteStyle.css)]),
            ]),
            .el("body", [:], body),
        ])
        return "<!DOCTYPE html>\n" + html.render() + "\n"
    }

    private static func batchLines(_ list: ServiceList) -> [HTMLNode] {
        guard !list.batches.isEmpty else { return [.text("—")] }
        return list.batches.map { batch in
            let count = list.entries.filter { $0.batch?.value == batch.id.value }.count
            let due = batch.due.map { "（\($0.value)）" } ?? ""
            return .el("span", ["class": "line"], text: (batch.name?.value ?? batch.id.value) + due + "：\(count)项")
        }
    }

    private static func badge(_ status: String?) -> [HTMLNode] {
        guard let status, status != "在用" else { return [] }
        return [.el("span", ["class": "badge"], text: status)]
    }

    /// Regions that implement at least one matter on the list, for its booklets: in a region's
    /// layout only; the national one has none (a booklet per list × region would not scale).
    private static func bookletRegions(_ list: ServiceList, _ registry: Registry, _ layout: SiteLayout, _ builder: ChecklistBuilder) -> [Checklist.Place] {
        guard case .region = layout else { return [] }
        let ids = Set(list.entries.map(\.matter.value))
        let codes = Set(registry.implementations.filter { ids.contains($0.matterID) && Identifier.isValid($0.division) }.map(\.division))
        return codes.sorted().map(builder.place)
    }
}
