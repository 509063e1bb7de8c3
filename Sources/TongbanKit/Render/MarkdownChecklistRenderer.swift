/// Renders checklists and booklets as GitHub-flavoured markdown; every value is escaped, so
/// none can turn into HTML or markup.
public enum MarkdownChecklistRenderer {
    public static func render(_ checklist: Checklist) -> String {
        lines(checklist).joined(separator: "\n") + "\n"
    }

    /// The cover and contents, then every checklist after a rule.
    public static func render(_ booklet: ChecklistBooklet) -> String {
        var out = ["# " + e(booklet.title), ""]
        out.append("- 通办清单：" + e(booklet.listName))
        out.append("- 通办范围：" + e(booklet.scope ?? Checklist.unstated))
        out.append("- 实施地区：" + e(booklet.region.label))
        out.append("- 收录事项：\(booklet.checklists.count)项")
        if !booklet.basis.isEmpty { out.append("- 依据：" + e(booklet.basis.joined(separator: "；"))) }
        out += ["", "## 目录", ""]
        for (i, c) in booklet.checklists.enumerated() {
            out.append("\(i + 1). " + e(c.name) + (c.status == "在用" || c.status == nil ? "" : "（\(e(c.status ?? ""))）"))
        }
        if !booklet.omitted.isEmpty {
            out += ["", "未收录：", ""]
            out += booklet.omitted.map { "- " + e($0.name) + "：" + $0.reason }
        }
        for c in booklet.checklists {
            out += ["", "---", ""]
            out += lines(c)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func e(_ value: String) -> String { MarkdownText.escape(value) }

    static func lines(_ c: Checklist) -> [String] {
        var out = ["# " + e(c.title), "", e(c.subtitle), ""]
        if let notice = c.statusNotice { out += ["> **" + e(notice) + "**", ""] }
        var rows = c.factRows.map { l, r in [e(l.label), cell(l), e(r.label), cell(r)] }
        if c.region == nil { rows.insert(["实施地区", e(c.implementedInText), "", ""], at: 2) }
        out += table(header: rows[0], rows: Array(rows.dropFirst()), align: ["---", "---", "---", "---"])
        out += ["", "## 通办清单与模式", ""]
        out += c.listsText.map { ["- " + e($0)] } ?? []
        for mode in c.modes {
            var line = "- **\(e(mode.name))**"
            let explanation = c.modeText(mode)
            if c.carriesOnlyHere(mode) {
                line += "：**" + e(explanation) + "**"
            } else if !explanation.isEmpty {
                line += "：" + explanation
            }
            if let url = mode.onlineURL { line += "。网办地址：" + MarkdownText.link(url) }
            out.append(line)
        }
        out += ["", "## 受理条件", ""]
        out += c.conditions.isEmpty ? [Checklist.unstated] : c.conditions.enumerated().map { "\($0 + 1). " + e($1) }
        out += ["", "## " + (c.situation.map { "申请材料（情形：\(e($0))）" } ?? "申请材料")]
        let grouped = c.materialGroups.count > 1 || (c.situation == nil && c.materialGroups.first?.situation != nil)
        for group in c.materialGroups {
            out.append("")
            if grouped { out += ["### " + e(Checklist.materialHeading(group)), ""] }
            if group.materials.isEmpty { out.append(c.noMaterialsText); continue }
            out += table(
                header: ["序号", "材料名称", "材料类型", "材料形式", "份数", "必要性", "备注"],
                rows: group.materials.map { m in
                    [String(m.number), e(m.name), e(m.form ?? "—"), e(m.medium ?? "—"), Checklist.copiesText(m), e(m.required ?? "—"), e(Checklist.remark(m))]
                },
                align: ["---:", "---", "---", "---", "---:", "---", "---"])
        }
        if !c.materialLegend.isEmpty { out += ["", "注：" + c.materialLegend.joined()] }
        out += ["", "## 办理流程、收费与结果", ""]
        if c.showsStepTable {
            out += table(
                header: ["序号", "环节", "承办地", "时限"],
                rows: (c.handling?.steps ?? []).enumerated().map { i, step in
                    [String(i + 1), e(step.name), e(c.stepPlace(step)), e(Checklist.stepTime(step))]
                },
                align: ["---:", "---", "---", "---"])
            out.append("")
        } else {
            out.append("- 办理流程：" + (c.process.isEmpty ? Checklist.unstated : c.process.map(e).joined(separator: " → ")))
        }
        out.append("- 收费：" + e(c.feeText))
        if case .items(let items) = c.fee {
            out += items.map { "  - " + e($0.item) + "：" + e($0.standard) + ($0.basis.map { "（依据：\(e($0))）" } ?? "") }
        }
        out.append("- 办理结果：" + e(c.resultText))
        out.append("- " + c.deliveryLabel + "：" + e(c.deliveryLine))
        if !c.basis.isEmpty { out.append("- 设定依据：" + e(c.basis.joined(separator: "；"))) }
        out += ["", "申请人（签名）：＿＿＿＿＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月＿＿日", ""]
        out.append(e(c.revisionText) + e(c.maintainerText) + "　事项标识：" + e(c.matterID) + (c.catalogCode.map { "　基本编码：" + e($0) } ?? ""))
        return out
    }

    private static func cell(_ fact: Checklist.Fact) -> String {
        fact.lines.map(e).joined(separator: "<br>")
    }

    private static func table(header: [String], rows: [[String]], align: [String]) -> [String] {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        return [row(header), row(align)] + rows.map(row)
    }
}
