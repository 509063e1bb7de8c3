/// The static catalogue for clerks (`tongban site`): an index of lists and matters with a
/// search that runs in the browser, a page per list and per matter, and a printable checklist
/// per matter and region. Every page works from `file://`; nothing is loaded from elsewhere.
///
/// Layout: `index.html`, `search-index.js`, `search.js`, `lists/<list>.html`,
/// `lists/<list>/<division>.html` (a booklet), `matters/<matter>.html`,
/// `checklists/<matter>/<division>.html` and `checklists/<matter>/standard.html`.
public enum CatalogueSite {
    /// Every file of the site. Pure: the same registry and dates give the same files.
    /// Ids that could not be a file name are left out (the linter reports them).
    /// - Parameter supervisionPage: link the index to `supervision.html` (the supervision page,
    ///   which the caller adds: it is rendered above this floor).
    public static func build(_ registry: Registry, revisionDates: [String: CalendarDate] = [:], supervisionPage: Bool = false) -> [SiteFile] {
        let builder = ChecklistBuilder(registry: registry)
        let lists = registry.lists.filter { Identifier.isValid($0.id) }.sorted { $0.id < $1.id }
        // Only matters whose page can be written are linked from the index and the search.
        var pages: [SiteFile] = []
        var matters: [Matter] = []
        for matter in registry.matters.filter({ Identifier.isValid($0.id) }).sorted(by: { $0.id < $1.id }) {
            let date = revisionDates[matter.id]
            guard let standard = try? builder.checklist(for: matter, revisionDate: date) else { continue }
            matters.append(matter)
            pages.append(SiteFile(path: "matters/\(matter.id).html", contents: matterPage(matter, standard, registry, builder)))
            pages.append(SiteFile(path: "checklists/\(matter.id)/standard.html", contents: HTMLChecklistRenderer.render(standard)))
            for implementation in registry.implementations(of: matter.id) where Identifier.isValid(implementation.division) {
                let place = builder.place(implementation.division)
                if let checklist = try? builder.checklist(for: matter, region: place, revisionDate: date) {
                    pages.append(SiteFile(path: "checklists/\(matter.id)/\(place.code).html", contents: HTMLChecklistRenderer.render(checklist)))
                }
            }
        }
        var files: [SiteFile] = [
            SiteFile(path: "index.html", contents: index(registry, lists: lists, matters: matters, builder, supervisionPage: supervisionPage)),
            SiteFile(path: "search-index.js", contents: SearchIndex.script(registry, matters: matters)),
            SiteFile(path: "search.js", contents: "\(SearchIndex.searchScript)"),
        ]
        for list in lists {
            files.append(SiteFile(path: "lists/\(list.id).html", contents: listPage(list, registry, builder)))
            for place in bookletRegions(list, registry, builder) {
                if let booklet = try? builder.booklet(list: list, region: place, revisionDates: revisionDates) {
                    files.append(SiteFile(path: "lists/\(list.id)/\(place.code).html", contents: HTMLChecklistRenderer.render(booklet)))
                }
            }
        }
        files += pages
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
                .el("td", text: registry.implementations(of: m.id).map { builder.place($0.division).name ?? $0.division }.joined(separator: "、")),
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

    private static func listPage(_ list: ServiceList, _ registry: Registry, _ builder: ChecklistBuilder) -> String {
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
        let booklets = bookletRegions(list, registry, builder)
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
                    guard let m = registry.matter(id), Identifier.isValid(id) else {
                        return .el("tr", [:], [.el("td", ["class": "num"], text: String(i + 1)), .el("td", text: id + "（标准库中无此事项标准）"), .el("td", text: ""), .el("td", text: "")])
                    }
                    return .el("tr", [:], [
                        .el("td", ["class": "num"], text: String(i + 1)),
                        .el("td", [:], [.el("a", ["href": "../matters/\(id).html"], text: m.displayName)] + badge(m.status?.value)),
                        .el("td", text: m.type?.value ?? Checklist.unstated),
                        .el("td", text: registry.implementations(of: id).map { builder.place($0.division).name ?? $0.division }.joined(separator: "、")),
                    ])
                }),
            ]))
        }
        return page(title: list.displayName, body: body)
    }

    private static func matterPage(_ matter: Matter, _ standard: Checklist, _ registry: Registry, _ builder: ChecklistBuilder) -> String {
        let implementations = registry.implementations(of: matter.id).filter { Identifier.isValid($0.division) }
        var body: [HTMLNode] = [
            .el("nav", [:], [.el("a", ["href": "../index.html"], text: "← 返回目录")]),
            .el("header", ["class": "masthead"], [
                .el("h1", [:], [.text(standard.name)] + badge(standard.status)),
                .el("p", text: [standard.type, standard.department].compactMap { $0 }.joined(separator: "　")),
            ]),
            .el("h2", text: "各地实施与一次性告知单"),
        ]
        if implementations.isEmpty {
            body.append(.el("p", text: "尚无地区实施该事项。"))
        } else {
            body.append(.el("table", ["class": "catalogue regions"], [
                .el("thead", [:], [.el("tr", [:], [.el("th", text: "地区"), .el("th", text: "实施机构"), .el("th", text: "咨询电话"),
                    .el("th", text: "通办专窗"), .el("th", text: "帮办代办"), .el("th", text: "告知单")])]),
                .el("tbody", [:], implementations.map { i in
                    let place = builder.place(i.division)
                    let region = registry.region(i.division)
                    let windows = region?.windows.map { w in w.phone.map { "\(w.name.value)（\($0.value)）" } ?? w.name.value } ?? []
                    return .el("tr", [:], [
                        .el("td", text: place.label),
                        .el("td", text: i.agency?.value ?? Checklist.unstated),
                        .el("td", text: i.phone?.value ?? Checklist.unstated),
                        .el("td", text: windows.isEmpty ? Checklist.unstated : windows.joined(separator: "、")),
                        .el("td", text: region?.assistance.map { a in a.phone.map { "\(a.name.value)（\($0.value)）" } ?? a.name.value } ?? Checklist.unstated),
                        .el("td", [:], [.el("a", ["href": "../checklists/\(matter.id)/\(place.code).html", "class": "checklist"], text: "打印告知单")]),
                    ])
                }),
            ]))
        }
        body.append(.el("p", [:], [
            .text("不含地区信息的事项标准告知单："),
            .el("a", ["href": "../checklists/\(matter.id)/standard.html", "class": "checklist"], text: "打印"),
        ]))
        body.append(.el("h2", text: "事项标准"))
        body.append(.el("div", ["class": standard.isDraft ? "sheet is-draft" : "sheet"], HTMLChecklistRenderer.contents(standard)))
        return page(title: standard.name, body: body)
    }

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

    /// Regions that implement at least one matter on the list, for its booklets.
    private static func bookletRegions(_ list: ServiceList, _ registry: Registry, _ builder: ChecklistBuilder) -> [Checklist.Place] {
        let ids = Set(list.entries.map(\.matter.value))
        let codes = Set(registry.implementations.filter { ids.contains($0.matterID) && Identifier.isValid($0.division) }.map(\.division))
        return codes.sorted().map(builder.place)
    }
}
