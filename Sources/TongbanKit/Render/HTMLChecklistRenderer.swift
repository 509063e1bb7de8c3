/// Renders checklists and booklets as one self-contained HTML file each: inline style sheet,
/// no script, no network, laid out for A4 paper; every value escaped. The catalogue site writes
/// the same documents as its pages (`DocumentForm.page`), linking its one style sheet instead.
public enum HTMLChecklistRenderer {
    /// A whole HTML document for one checklist.
    public static func render(_ checklist: Checklist) -> String {
        render(checklist, as: .standalone)
    }

    /// A whole HTML document for a booklet: cover and contents, then one matter per page.
    public static func render(_ booklet: ChecklistBooklet) -> String {
        render(booklet, as: .standalone)
    }

    static func render(_ checklist: Checklist, as form: DocumentForm) -> String {
        let title = checklist.title + (checklist.region.map { " — " + ($0.place.name ?? $0.place.code) } ?? "")
        return document(title: title, body: [sheet(checklist)], as: form)
    }

    static func render(_ booklet: ChecklistBooklet, as form: DocumentForm) -> String {
        document(title: booklet.title + " — " + (booklet.region.name ?? booklet.region.code),
                 body: [cover(booklet)] + booklet.checklists.enumerated().map { sheet($1, anchor: "m\($0 + 1)") }, as: form)
    }

    static func document(title: String, body: [HTMLNode], as form: DocumentForm) -> String {
        let html = HTMLNode.el("html", ["lang": "zh-CN"], [
            .el("head", [:], [
                .el("meta", ["charset": "utf-8"]),
                .el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .el("title", text: title),
                form.styleSheet.map { .el("link", ["rel": "stylesheet", "href": $0]) } ?? .el("style", [:], [.trusted(ChecklistStyle.css)]),
            ]),
            .el("body", [:], body),
        ])
        return "<!DOCTYPE html>\n" + html.render(indented: form.indented) + "\n"
    }

    // MARK: - One checklist

    /// One checklist as an A4 sheet. `slotted` marks what a region sets (`data-slot`: the
    /// subtitle, the region's facts, the online address; `data-row` on the 通办专窗 row), so that
    /// the catalogue's region picker can fill one sheet for any region.
    static func sheet(_ c: Checklist, anchor: String? = nil, slotted: Bool = false, hidden: Bool = false) -> HTMLNode {
        .el("article", ["class": c.isDraft ? "sheet is-draft" : "sheet", "id": anchor, "hidden": hidden ? "hidden" : nil], [
            .el("header", [:], [
                .el("h1", text: c.title),
                .el("p", ["class": "subtitle", "data-slot": slotted ? "subtitle" : nil], text: c.subtitle),
            ]),
            .group(contents(c, slotted: slotted)),
        ])
    }

    /// Everything below the title, also used by the catalogue's matter pages.
    static func contents(_ c: Checklist, slotted: Bool = false) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        if let notice = c.statusNotice {
            nodes.append(.el("p", ["class": "notice"], text: notice))
        }
        nodes.append(facts(c, slotted: slotted))
        nodes.append(.el("h2", text: "通办清单与模式"))
        nodes.append(.el("ul", [:], (c.listsText.map { [HTMLNode.el("li", text: $0)] } ?? []) + c.modes.map { mode($0, c, slotted: slotted) }))
        nodes.append(.el("h2", text: "受理条件"))
        nodes.append(numbered(c.conditions))
        nodes.append(.el("h2", text: c.situation.map { "申请材料（情形：\($0)）" } ?? "申请材料"))
        let grouped = c.materialGroups.count > 1 || (c.situation == nil && c.materialGroups.first?.situation != nil)
        for group in c.materialGroups {
            if grouped { nodes.append(.el("h3", text: Checklist.materialHeading(group))) }
            nodes.append(materials(group, noMaterials: c.noMaterialsText))
        }
        if !c.materialLegend.isEmpty {
            nodes.append(.el("p", ["class": "legend"], text: "注：" + c.materialLegend.joined()))
        }
        nodes.append(.el("h2", text: "办理流程、收费与结果"))
        nodes.append(outcome(c))
        nodes.append(.el("footer", [:], [
            .el("p", ["class": "signature"], [
                .el("span", [:], [.text("申请人（签名）："), .el("span", ["class": "blank"])]),
                .el("span", [:], [.text("日期："), .el("span", ["class": "blank short"])]),
            ]),
            .el("p", ["class": "meta"], text: "\(c.revisionText)\(c.maintainerText)　事项标识：\(c.matterID)" + (c.catalogCode.map { "　基本编码：\($0)" } ?? "")),
        ]))
        return nodes
    }

    private static func facts(_ c: Checklist, slotted: Bool) -> HTMLNode {
        var rows = c.factRows.map { left, right in
            let row = slotted && left.label == Checklist.tongbanRowLabel ? "tongban" : nil
            return HTMLNode.el("tr", ["data-row": row], [
                .el("th", text: left.label), lines(left, slotted: slotted),
                .el("th", text: right.label), lines(right, slotted: slotted),
            ])
        }
        if c.region == nil {
            rows.insert(.el("tr", [:], [.el("th", text: "实施地区"), .el("td", ["colspan": "3"], text: c.implementedInText)]), at: 2)
        }
        return .el("table", ["class": "facts"], [.el("tbody", [:], rows)])
    }

    private static func lines(_ fact: Checklist.Fact, slotted: Bool) -> HTMLNode {
        let slot = slotted ? Checklist.regionalFacts.firstIndex(of: fact.label).map { "f\($0)" } : nil
        if fact.lines.count == 1 { return .el("td", ["data-slot": slot], text: fact.lines[0]) }
        return .el("td", ["data-slot": slot], fact.lines.map { .el("span", ["class": "line"], text: $0) })
    }

    private static func mode(_ mode: Checklist.Mode, _ c: Checklist, slotted: Bool) -> HTMLNode {
        var children: [HTMLNode] = [.el("strong", text: mode.name)]
        let explanation = c.modeText(mode)
        if c.carriesOnlyHere(mode) {
            children.append(.text("："))
            children.append(.el("span", ["class": "only-here"], text: explanation))
        } else if !explanation.isEmpty {
            children.append(.text("：" + explanation))
        }
        if slotted, mode.name == Checklist.onlineMode {
            children.append(.el("span", ["data-slot": "online"]))
        } else if let url = mode.onlineURL {
            children.append(.text(Checklist.onlineLead))
            children.append(Checklist.isWebAddress(url) ? .el("a", ["href": url], text: url) : .text(url))
        }
        return .el("li", [:], children)
    }

    private static func numbered(_ items: [String]) -> HTMLNode {
        items.isEmpty ? .el("p", text: Checklist.unstated) : .el("ol", [:], items.map { .el("li", text: $0) })
    }

    private static func materials(_ group: Checklist.MaterialGroup, noMaterials: String) -> HTMLNode {
        guard !group.materials.isEmpty else { return .el("p", text: noMaterials) }
        let head = HTMLNode.el("thead", [:], [.el("tr", [:], [
            .el("th", ["class": "num"], text: "序号"), .el("th", ["class": "name"], text: "材料名称"),
            .el("th", ["class": "form"], text: "材料类型"), .el("th", ["class": "medium"], text: "材料形式"),
            .el("th", ["class": "copies"], text: "份数"), .el("th", ["class": "need"], text: "必要性"), .el("th", text: "备注"),
        ])])
        let rows = group.materials.map { m in
            HTMLNode.el("tr", [:], [
                .el("td", ["class": "num"], text: String(m.number)),
                .el("td", text: m.name),
                .el("td", text: m.form ?? "—"),
                .el("td", text: m.medium ?? "—"),
                .el("td", ["class": "copies"], text: Checklist.copiesText(m)),
                .el("td", text: m.required ?? "—"),
                .el("td", text: Checklist.remark(m)),
            ])
        }
        return .el("table", ["class": "materials"], [head, .el("tbody", [:], rows)])
    }

    private static func outcome(_ c: Checklist) -> HTMLNode {
        let process: HTMLNode = c.process.isEmpty
            ? .el("td", text: Checklist.unstated)
            : c.showsStepTable ? .el("td", ["class": "has-steps"], [steps(c)])
            : .el("td", [:], [.el("ol", ["class": "process"], c.process.map { .el("li", text: $0) })])
        var rows: [HTMLNode] = [.el("tr", [:], [.el("th", text: "办理流程"), process])]
        rows.append(.el("tr", [:], [.el("th", text: "收费"), feeCell(c)]))
        rows.append(.el("tr", [:], [.el("th", text: "办理结果"), .el("td", text: c.resultText)]))
        rows.append(.el("tr", [:], [.el("th", text: c.deliveryLabel), .el("td", text: c.deliveryLine)]))
        if !c.basis.isEmpty {
            rows.append(.el("tr", [:], [.el("th", text: "设定依据"), .el("td", text: c.basis.joined(separator: "；"))]))
        }
        return .el("table", ["class": "facts"], [.el("tbody", [:], rows)])
    }

    /// The who-does-what table: step, where, time.
    private static func steps(_ c: Checklist) -> HTMLNode {
        let head = HTMLNode.el("thead", [:], [.el("tr", [:], [
            .el("th", ["class": "step"], text: "环节"), .el("th", text: "承办地"), .el("th", ["class": "time"], text: "时限"),
        ])])
        let rows = (c.handling?.steps ?? []).map { step in
            HTMLNode.el("tr", [:], [
                .el("td", text: step.name),
                .el("td", text: c.stepPlace(step)),
                .el("td", text: Checklist.stepTime(step)),
            ])
        }
        return .el("table", ["class": "steps"], [head, .el("tbody", [:], rows)])
    }

    private static func feeCell(_ c: Checklist) -> HTMLNode {
        guard case .items(let items) = c.fee, !items.isEmpty else { return .el("td", text: c.feeText) }
        return .el("td", [:], items.map { item in
            .el("span", ["class": "line"], text: "\(item.item)：\(item.standard)" + (item.basis.map { "（依据：\($0)）" } ?? ""))
        })
    }

    // MARK: - Booklet cover

    private static func cover(_ b: ChecklistBooklet) -> HTMLNode {
        var facts: [HTMLNode] = [
            .el("tr", [:], [.el("th", text: "通办清单"), .el("td", text: b.listName)]),
            .el("tr", [:], [.el("th", text: "通办范围"), .el("td", text: b.scope ?? Checklist.unstated)]),
            .el("tr", [:], [.el("th", text: "实施地区"), .el("td", text: b.region.label)]),
            .el("tr", [:], [.el("th", text: "收录事项"), .el("td", text: "\(b.checklists.count)项")]),
        ]
        if !b.basis.isEmpty {
            facts.append(.el("tr", [:], [.el("th", text: "依据"), .el("td", text: b.basis.joined(separator: "；"))]))
        }
        let toc = b.checklists.enumerated().map { i, c in
            HTMLNode.el("tr", [:], [
                .el("td", ["class": "num"], text: String(i + 1)),
                .el("td", [:], [.el("a", ["href": "#m\(i + 1)"], text: c.name)]),
                .el("td", text: c.status == "在用" ? "" : (c.status ?? "")),
            ])
        } + b.omitted.map { o in
            HTMLNode.el("tr", [:], [.el("td", ["class": "num"], text: "—"), .el("td", text: o.name), .el("td", text: o.reason)])
        }
        return .el("section", ["class": "sheet cover"], [
            .el("p", ["class": "cover-title"], text: b.title),
            .el("table", ["class": "facts"], [.el("tbody", [:], facts)]),
            .el("h2", text: "目录"),
            .el("table", ["class": "toc"], [
                .el("thead", [:], [.el("tr", [:], [.el("th", text: "序号"), .el("th", text: "事项名称"), .el("th", text: "备注")])]),
                .el("tbody", [:], toc),
            ]),
        ])
    }
}
