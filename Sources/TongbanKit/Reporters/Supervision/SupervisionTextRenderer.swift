/// `tongban report` for a terminal: per list and batch the deadline, then each region's progress
/// and, under it, the entries it has let pass their due date.
public struct SupervisionTextRenderer: Sendable {
    public var language: Language
    public var colour: Bool

    public init(language: Language, colour: Bool) {
        self.language = language
        self.colour = colour
    }

    private var zh: Bool { language == .zh }

    public func render(_ report: SupervisionReport) -> String {
        var out = paint(zh ? "日常监督：截至 \(report.asOf)" : "Supervision as of \(report.asOf)", "1") + "\n"
        for list in report.lists {
            out += "\n" + paint(zh ? "\(list.name)（\(list.id)）" : "\(list.name) (\(list.id))", "1") + "\n"
            for batch in list.batches {
                out += "  " + heading(batch) + "\n"
                for region in batch.regions where !batch.entries.isEmpty {
                    out += "    " + line(region, batch) + "\n"
                    for matter in region.overdue { out += "      - \(matter.matter) \(matter.name)\n" }
                }
            }
        }
        if !report.services.isEmpty {
            out += "\n" + paint(zh ? "通办专窗与帮办代办（region.yaml）" : "通办 windows and 帮办代办 (region.yaml)", "1") + "\n"
            for r in report.services {
                out += "  \(r.division) \(r.name)" + (zh ? "：" : ": ") + service(zh ? "通办专窗" : "通办 window", r.hasTongbanWindow)
                    + (zh ? "，" : ", ") + service(zh ? "帮办代办" : "帮办代办", r.hasAssistance) + "\n"
            }
        }
        let overdue = report.overdueCount
        out += "\n" + (overdue == 0
            ? (zh ? "没有逾期未实施的事项" : "nothing is past due")
            : paint(zh ? "合计：逾期未实施 \(overdue) 项" : "In all: \(overdue) past due without an implementation", "1;31")) + "\n"
        if report.registryErrors > 0 {
            out += zh ? "注意：标准库有 \(report.registryErrors) 个错误（运行 tongban lint 查看），报告可能不完整\n"
                : "note: the registry has \(report.registryErrors) errors (see tongban lint); the report may be incomplete\n"
        }
        return out
    }

    private func heading(_ batch: SupervisionReport.BatchProgress) -> String {
        var title = batch.id.map { zh ? "批次 \($0)" : "batch \($0)" } ?? (zh ? "未分批" : "no batch")
        if let name = batch.name { title += zh ? "（\(name)）" : " (\(name))" }
        let deadline: String
        if let due = batch.due {
            deadline = zh ? "期限 \(due)，\(batch.isPastDue ? "已过期限" : "未到期限")" : "due \(due), \(batch.isPastDue ? "past due" : "not yet due")"
        } else {
            deadline = zh ? "无期限" : "no due date"
        }
        let count = zh ? "\(batch.entries.count) 项" : "\(batch.entries.count) \(batch.entries.count == 1 ? "entry" : "entries")"
        return title + (zh ? "：" : ": ") + deadline + (zh ? "，" : ", ") + count
    }

    private func line(_ region: SupervisionReport.RegionProgress, _ batch: SupervisionReport.BatchProgress) -> String {
        var text = "\(region.division) \(region.name)" + (zh ? "：已实施 " : ": implemented ") + "\(region.implemented)/\(batch.entries.count)"
        if !region.overdue.isEmpty {
            text += paint(zh ? "，逾期未实施 \(region.overdue.count) 项" : ", \(region.overdue.count) past due", "31")
        }
        return text
    }

    private func service(_ name: String, _ onFile: Bool) -> String {
        let state = onFile ? (zh ? "已登记" : "on file") : paint(zh ? "未登记" : "not on file", "33")
        return name + " " + state
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
