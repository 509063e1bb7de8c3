/// Renders checklists and booklets as plain text for a terminal or a line printer. Control
/// characters in values are dropped, so a value cannot move the cursor or change colours.
public enum TextChecklistRenderer {
    public static func render(_ checklist: Checklist) -> String {
        clean(lines(checklist).joined(separator: "\n") + "\n")
    }

    /// The cover and contents, then every checklist on its own page (a form feed between pages).
    public static func render(_ booklet: ChecklistBooklet) -> String {
        var out = [booklet.title, ""]
        out.append("通办清单：" + booklet.listName)
        out.append("通办范围：" + (booklet.scope ?? Checklist.unstated))
        out.append("实施地区：" + booklet.region.label)
        out.append("收录事项：\(booklet.checklists.count)项")
        if !booklet.basis.isEmpty { out.append("依据：" + booklet.basis.joined(separator: "；")) }
        out += ["", "目录"]
        for (i, c) in booklet.checklists.enumerated() {
            out.append("  \(i + 1). " + c.name + (c.status == "在用" || c.status == nil ? "" : "（\(c.status ?? "")）"))
        }
        if !booklet.omitted.isEmpty {
            out += ["", "未收录"]
            out += booklet.omitted.map { "  " + $0.name + "：" + $0.reason }
        }
        for c in booklet.checklists {
            out.append("\u{0C}")
            out += lines(c)
        }
        return clean(out.joined(separator: "\n") + "\n")
    }

    static func lines(_ c: Checklist) -> [String] {
        var out = [c.title, c.subtitle, ""]
        if let notice = c.statusNotice { out += ["【" + notice + "】", ""] }
        var facts = c.factRows.flatMap { [$0.0, $0.1] }
        if c.region == nil { facts.insert(Checklist.Fact("实施地区", c.implementedInText), at: 4) }
        for fact in facts {
            let label = fact.label + "："
            out.append(label + fact.lines[0])
            let pad = String(repeating: "　", count: label.count)
            out += fact.lines.dropFirst().map { pad + $0 }
        }
        out += ["", "一、通办清单与模式"]
        out += c.listsText.map { ["  " + $0] } ?? []
        for mode in c.modes {
            let explanation = c.modeText(mode)
            out.append("  " + mode.name + (explanation.isEmpty ? "" : "：" + explanation) + (mode.onlineURL.map { "。网办地址：" + $0 } ?? ""))
        }
        out += ["", "二、受理条件"]
        out += c.conditions.isEmpty ? ["  " + Checklist.unstated] : c.conditions.enumerated().map { "  \($0 + 1). " + $1 }
        out += ["", "三、" + (c.situation.map { "申请材料（情形：\($0)）" } ?? "申请材料")]
        let grouped = c.materialGroups.count > 1 || (c.situation == nil && c.materialGroups.first?.situation != nil)
        for group in c.materialGroups {
            if grouped { out.append("  " + Checklist.materialHeading(group)) }
            if group.materials.isEmpty { out.append("  " + c.noMaterialsText) }
            for m in group.materials {
                let facts = [m.form, m.medium, m.copies.map { "\($0)份" }, m.required].compactMap { $0 }
                let remark = Checklist.remark(m)
                out.append("  \(m.number). \(m.name)" + (facts.isEmpty ? "" : "（\(facts.joined(separator: "，"))）") + (remark.isEmpty ? "" : "　" + remark))
            }
        }
        if !c.materialLegend.isEmpty { out.append("  注：" + c.materialLegend.joined()) }
        out += ["", "四、办理流程、收费与结果"]
        if c.showsStepTable {
            out.append("  办理流程（环节｜承办地｜时限）：")
            for (i, step) in (c.handling?.steps ?? []).enumerated() {
                out.append("    \(i + 1). \(step.name)｜\(c.stepPlace(step))｜\(Checklist.stepTime(step))")
            }
        } else {
            out.append("  办理流程：" + (c.process.isEmpty ? Checklist.unstated : c.process.joined(separator: " → ")))
        }
        out.append("  收费：" + c.feeText)
        if case .items(let items) = c.fee {
            out += items.map { "    " + $0.item + "：" + $0.standard + ($0.basis.map { "（依据：\($0)）" } ?? "") }
        }
        out.append("  办理结果：" + c.resultText)
        out.append("  " + c.deliveryLabel + "：" + c.deliveryLine)
        if !c.basis.isEmpty { out.append("  设定依据：" + c.basis.joined(separator: "；")) }
        out += ["", "申请人（签名）：____________________　日期：________年____月____日"]
        out.append(c.revisionText + c.maintainerText + "　事项标识：" + c.matterID + (c.catalogCode.map { "　基本编码：" + $0 } ?? ""))
        return out
    }

    /// Drops control characters other than line ends and form feeds.
    private static func clean(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.append(contentsOf: text.unicodeScalars.filter { s in
            s == "\n" || s == "\u{0C}" || s.properties.generalCategory != .control
        })
        return out
    }
}
