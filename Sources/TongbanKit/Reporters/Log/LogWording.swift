/// The words the text and markdown history share; changes are described in `diff`'s words
/// (`DiffWording`).
struct LogWording {
    let language: Language
    var diff: DiffWording { DiffWording(language: language) }

    private func say(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
    var colon: String { say("：", ": ") }

    func title(_ log: MatterLog) -> String {
        say("\(log.matter) 的标准修订记录（\(log.range)，最新在前）", "History of the standard of \(log.matter) (\(log.range), newest first)")
    }

    func title(_ log: ListLog) -> String {
        say("清单 \(log.list) 的调整记录（\(log.range)，最新在前）", "History of the list \(log.list) (\(log.range), newest first)")
    }

    var empty: String { say("该范围内没有改变它的提交", "no commit in the range changed it") }

    /// `2021-03-01` from an ISO 8601 date and time.
    func day(_ date: String) -> String { String(date.prefix(10)) }

    func kind(_ entry: MatterLog.Entry) -> String {
        switch entry.kind {
        case .created: say("新建事项标准", "standard created")
        case .changed: entry.unreadable ? say("文件在此版本无法解析，变化不明", "the file does not parse at this revision: changes unknown")
            : say("标准调整：", "standard changed: ") + (entry.change.map { diff.fields($0) } ?? "")
        case .reformatted: say("仅格式调整（规范化后标准不变）", "reformatted only (the normalized standard is the same)")
        case .renamed: say("更换标识：\(entry.renamedFrom ?? "") → \(entry.matter)（清单条目随之更换）", "renamed: \(entry.renamedFrom ?? "") → \(entry.matter) (the list entries moved with it)")
        case .deleted: say("删除事项标准", "standard deleted")
        case .unchanged: say("标准未变", "standard unchanged")
        }
    }

    func field(_ key: String) -> String {
        key == "maintainer" ? say("标准责任单位", "maintainer") : diff.field(key)
    }

    func fields(_ change: MatterChange) -> String {
        change.fields.map(field).joined(separator: say("、", ", "))
    }

    func event(_ e: MatterLog.ListEvent) -> String {
        let list = say("\(e.name)（\(e.list)）", "\(e.name) (\(e.list))")
        switch e.kind {
        case .joined: return say("加入 ", "joined ") + list + " " + diff.batch(e.to)
        case .left: return say("移出 ", "left ") + list + " " + diff.batch(e.from)
        case .moved: return list + say(" 调整批次：", " moved: ") + "\(diff.batch(e.from)) → \(diff.batch(e.to))"
        }
    }

    func exemption(_ change: MatterLog.ExemptionChange) -> String {
        func count(_ c: Exemption) -> String { "\(c.exempt)/\(c.materials)" + (c.percent.map { say("（\($0)%）", " (\($0)%)") } ?? "") }
        return say("免提交：", "免提交: ") + count(change.old) + " → " + count(change.new)
    }

    func responsible(_ entry: MatterLog.Entry) -> String {
        var parts = [say("业务主管部门：", "department: ") + (entry.department ?? say("未写", "not stated"))]
        if let maintainer = entry.maintainer { parts.append(say("标准责任单位：", "maintainer: ") + maintainer) }
        return parts.joined(separator: say("；", "; "))
    }

    var listsHeading: String { say("清单：", "lists: ") }

    func listEntryLines(_ entry: ListLog.Entry) -> [String] {
        var lines: [String] = []
        if entry.created { lines.append(say("新建清单", "list created")) }
        if entry.deleted { lines.append(say("删除清单", "list deleted")) }
        for m in entry.added { lines.append(diff.added + " " + m.matter + " " + m.name + say("（", " (") + diff.batch(m.batch) + say("）", ")")) }
        for m in entry.removed { lines.append(diff.removed + " " + m.matter + " " + m.name + say("（", " (") + diff.batch(m.batch) + say("）", ")")) }
        for m in entry.moved { lines.append(diff.moved + " " + m.matter + " " + m.name + colon + diff.move(m)) }
        lines += diff.adjustments(entry.adjustment)
        if lines.isEmpty { lines.append(say("成员与批次未变（仅格式或说明调整）", "members and batches unchanged (layout or notes only)")) }
        return lines
    }
}
