/// The static catalogue for clerks (`tongban site`): an index of lists and matters with a
/// search that runs in the browser, a page per list and per matter. Every page works from
/// `file://`; nothing is loaded from elsewhere. Pages link the site's one style sheet,
/// `style.css`.
///
/// The national layout (`SiteLayout.national`) holds each matter's standard once: its page
/// carries the regions' parts (agency, windows, hours, phones, a shorter promise) as JSON data
/// that refers to `regions.js` for what each region's file gives every matter (its name,
/// 通办专窗, 帮办代办 and complaint phone), and a region picker (`?region=CODE`) fills them into
/// one printable checklist, so the site grows with matters + implementations rather than with
/// pages per matter × region (`RegionPicker`, `RegionTable`). Files: `index.html`,
/// `search-index.js`, `search.js`, `regions.js`, `region-picker.js`, `style.css`,
/// `lists/<list>.html`, `matters/<matter>.html`, `checklists/<matter>/standard.html`.
///
/// The layout of one region (`SiteLayout.region`, what one county publishes) has only that
/// region's implementations: each matter's page is the region's checklist, printable as it
/// stands, and each list has the region's booklet, `lists/<list>/<division>.html`. Files:
/// `index.html`, `search-index.js`, `search.js`, `style.css`, `lists/<list>.html`,
/// `lists/<list>/<division>.html`, `matters/<matter>.html`.
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
        let table = RegionTable(codes: layout == .national ? regionCodes(candidates, builder) : [], builder)
        let rendered: [[SiteFile]] = candidates.parallelMap { matter in
            matterFiles(matter, revisionDate: revisionDates[matter.id], layout: layout, builder, table)
        }
        var matters: [Matter] = []
        for (matter, files) in zip(candidates, rendered) where !files.isEmpty { matters.append(matter) }
        var files: [SiteFile] = [
            SiteFile(path: "index.html", contents: index(registry, lists: lists, matters: matters, builder, supervisionPage: supervisionPage)),
            SiteFile(path: "search-index.js", contents: SearchIndex.script(registry, matters: matters, builder)),
            SiteFile(path: "search.js", contents: "\(SearchIndex.searchScript)"),
        ]
        if layout == .national {
            files.append(SiteFile(path: "regions.js", contents: table.script))
            files.append(SiteFile(path: "region-picker.js", contents: "\(RegionPicker.script)"))
        }
        files.append(SiteFile(path: SiteStyle.fileName, contents: SiteStyle.sheet))
        for list in lists {
            let booklets = bookletRegions(list, registry, layout, builder)
            files.append(SiteFile(path: "lists/\(list.id).html", contents: listPage(list, registry, booklets: booklets, builder)))
            for place in booklets {
                if let booklet = try? builder.booklet(list: list, region: place, revisionDates: revisionDates) {
                    files.append(SiteFile(path: "lists/\(list.id)/\(place.code).html", contents: HTMLChecklistRenderer.render(booklet, as: SitePage.form(depth: 2))))
                }
            }
        }
        files += rendered.joined()
        return files
    }

    /// The divisions whose checklists the matter pages offer: what `regions.js` holds.
    private static func regionCodes(_ matters: [Matter], _ builder: ChecklistBuilder) -> Set<String> {
        Set(matters.flatMap { builder.index.implementations(of: $0.id).map(\.division) }.filter(Identifier.isValid))
    }

    /// The files of one matter: its page and, in the national layout, its standard's
    /// checklist; none when its standard cannot be printed.
    private static func matterFiles(_ matter: Matter, revisionDate: CalendarDate?, layout: SiteLayout, _ builder: ChecklistBuilder, _ table: RegionTable) -> [SiteFile] {
        guard let standard = try? builder.checklist(for: matter, revisionDate: revisionDate) else { return [] }
        let rows = regionalRows(matter, standard, builder)
        switch layout {
        case .national:
            return [
                SiteFile(path: "matters/\(matter.id).html", contents: MatterPage.national(standard, rows, table)),
                SiteFile(path: "checklists/\(matter.id)/standard.html", contents: HTMLChecklistRenderer.render(standard, as: SitePage.form(depth: 2))),
            ]
        case .region(let code):
            let regional = rows.first { $0.checklist.region?.place.code == code }?.checklist
            return [SiteFile(path: "matters/\(matter.id).html", contents: MatterPage.region(standard, regional))]
        }
    }

    /// Each implementing region's checklist of `matter` (from `ChecklistBuilder.localized`, so
    /// it says what `tongban checklist --region` says), in division order, one per region.
    private static func regionalRows(_ matter: Matter, _ standard: Checklist, _ builder: ChecklistBuilder) -> [RegionPicker.Row] {
        var seen: Set<String> = []
        return builder.index.implementations(of: matter.id)
            .filter { Identifier.isValid($0.division) && seen.insert($0.division).inserted }
            .map { i in
                RegionPicker.Row(checklist: builder.localized(standard, of: matter, by: i), ownWindows: !i.windows.isEmpty, ownComplaintPhone: i.complaintPhone != nil)
            }
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
                .el("td", [:], [.el("a", ["href": "matters/\(m.id).html"], text: m.displayName)] + SitePage.badge(m.status?.value)),
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
                    .el("input", ["id": "q", "name": "q", "type": "search", "placeholder": "输入事项名称、简称、材料、部门或地区，如：社保卡", "aria-label": "检索事项"]),
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
        return SitePage.render(title: name + " — 通办事项目录", body: body, depth: 0)
    }

    private static func listPage(_ list: ServiceList, _ registry: Registry, booklets: [Checklist.Place], _ builder: ChecklistBuilder) -> String {
        var body: [HTMLNode] = [
            SitePage.backToIndex,
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
                        .el("td", [:], [.el("a", ["href": "../matters/\(id).html"], text: m.displayName)] + SitePage.badge(m.status?.value)),
                        .el("td", text: m.type?.value ?? Checklist.unstated),
                        .el("td", text: regionSummary(id, builder)),
                    ])
                }),
            ]))
        }
        return SitePage.render(title: list.displayName, body: body, depth: 1)
    }

    /// The regions that implement a matter: their names when a few, else how many.
    private static func regionSummary(_ matterID: String, _ builder: ChecklistBuilder) -> String {
        let implementations = builder.index.implementations(of: matterID)
        guard implementations.count <= namedRegions else { return "\(implementations.count)个地区" }
        return implementations.map { builder.place($0.division).name ?? $0.division }.joined(separator: "、")
    }

    /// How many regions the index and list pages name before they give a count instead: as
    /// many as a checklist names.
    static let namedRegions = Checklist.namedRegions

    // MARK: - Parts

    private static func batchLines(_ list: ServiceList) -> [HTMLNode] {
        guard !list.batches.isEmpty else { return [.text("—")] }
        return list.batches.map { batch in
            let count = list.entries.filter { $0.batch?.value == batch.id.value }.count
            let due = batch.due.map { "（\($0.value)）" } ?? ""
            return .el("span", ["class": "line"], text: (batch.name?.value ?? batch.id.value) + due + "：\(count)项")
        }
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
