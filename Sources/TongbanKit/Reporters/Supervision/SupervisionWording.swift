/// The words every `tongban report` format shares, in Chinese and English.
struct SupervisionWording {
    let language: Language

    private func say(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    func title(_ report: SupervisionReport) -> String {
        say("日常监督：截至 \(report.asOf)", "Supervision as of \(report.asOf)")
    }

    func list(_ list: SupervisionReport.ListProgress) -> String {
        say("\(list.name)（\(list.id)）", "\(list.name) (\(list.id))")
    }

    func batchTitle(_ batch: SupervisionReport.BatchProgress) -> String {
        var title = batch.id.map { say("批次 \($0)", "batch \($0)") } ?? say("未分批", "no batch")
        if let name = batch.name { title += say("（\(name)）", " (\(name))") }
        return title
    }

    func deadline(_ batch: SupervisionReport.BatchProgress) -> String {
        guard let due = batch.due else { return say("无期限", "no due date") }
        return batch.isPastDue ? say("期限 \(due)，已过期限", "due \(due), past due") : say("期限 \(due)，未到期限", "due \(due), not yet due")
    }

    func entries(_ batch: SupervisionReport.BatchProgress) -> String {
        var text = say("应实施 \(batch.dueCount) 项", "\(batch.dueCount) \(batch.dueCount == 1 ? "entry" : "entries") to implement")
        if !batch.cancelled.isEmpty { text += say("（另有已取消 \(batch.cancelled.count) 项，不计）", " (\(batch.cancelled.count) cancelled, not counted)") }
        return text
    }

    /// The batch's one-line summary over all regions.
    func batchSummary(_ batch: SupervisionReport.BatchProgress) -> String {
        let regions = batch.regions.count
        var text = say("\(batch.completeRegions)/\(regions) 个地区已全部实施", "\(batch.completeRegions)/\(regions) regions complete")
        if batch.overdueCount > 0 {
            text += say("，\(batch.regionsOverdue) 个地区逾期未实施共 \(batch.overdueCount) 项", "; \(batch.overdueCount) overdue in \(batch.regionsOverdue) \(batch.regionsOverdue == 1 ? "region" : "regions")")
        }
        return text
    }

    func regionLine(_ region: SupervisionReport.RegionProgress, _ batch: SupervisionReport.BatchProgress) -> (text: String, overdue: String?) {
        var text = "\(region.division) \(region.name)" + say("：已实施 ", ": implemented ") + "\(region.implemented)/\(batch.dueCount)"
        if !region.unreadable.isEmpty { text += say("，无法读取 \(region.unreadable.count) 项", ", \(region.unreadable.count) unreadable") }
        let overdue = region.overdue.isEmpty ? nil : say("，逾期未实施 \(region.overdue.count) 项", ", \(region.overdue.count) past due")
        return (text, overdue)
    }

    /// The line under a batch's named regions for those left unnamed, all complete.
    func otherRegionsComplete(_ count: Int) -> String {
        say("其余 \(count) 个地区已全部实施（--details 逐一列出）", "\(count) other \(count == 1 ? "region" : "regions") complete (--details lists every region)")
    }

    var findingsHeading: String { say("无法读取的文件（报告不含这些文件，退出码 1）", "Files that could not be read (left out of the report; exit code 1)") }

    func severity(_ severity: Severity) -> String {
        severity == .error ? say("错误", "error") : say("警告", "warning")
    }

    var servicesHeading: String { say("通办专窗与帮办代办（region.yaml）", "通办 windows and 帮办代办 (region.yaml)") }

    func servicesSummary(_ report: SupervisionReport) -> String {
        say("\(report.services.count) 个地区中，未登记通办专窗 \(report.withoutTongbanWindow) 个，未登记帮办代办 \(report.withoutAssistance) 个",
            "of \(report.services.count) regions, \(report.withoutTongbanWindow) without a 通办 window on file, \(report.withoutAssistance) without 帮办代办")
    }

    func service(_ r: SupervisionReport.RegionServices) -> String {
        func state(_ onFile: Bool) -> String { onFile ? say("已登记", "on file") : say("未登记", "not on file") }
        return "\(r.division) \(r.name)" + say("：", ": ") + say("通办专窗", "通办 window") + " " + state(r.hasTongbanWindow)
            + say("，", ", ") + "帮办代办 " + state(r.hasAssistance)
    }

    var exemptionHeading: String { say("免提交（电子证照替代的材料）", "免提交 (materials an electronic licence replaces)") }

    /// `3/10 项材料免提交（30%）`.
    func count(_ count: Exemption) -> String {
        let rate = count.percent.map { "\($0)%" } ?? "—"
        return say("\(count.exempt)/\(count.materials) 项材料免提交（\(rate)）", "\(count.exempt) of \(count.materials) materials 免提交 (\(rate))")
    }

    func part(_ part: SupervisionReport.ExemptionSummary.Part, list: Bool) -> String {
        let what = list ? "\(part.name)（\(part.id)）" : "\(part.id) \(part.name)"
        let whatEn = list ? "\(part.name) (\(part.id))" : "\(part.id) \(part.name)"
        return say("\(what)，\(part.matters) 项事项：", "\(whatEn), \(part.matters) \(part.matters == 1 ? "matter" : "matters"): ") + count(part.count)
    }

    func overall(_ count: Exemption) -> String {
        allMatters + say("：", ": ") + self.count(count)
    }

    var allMatters: String { say("全部事项", "All matters") }

    var byMatter: String { say("各事项（按情形）", "Per matter (and situation)") }
    var byRegion: String { say("各地区（所实施的事项）", "Per region (the matters it implements)") }

    func total(_ report: SupervisionReport) -> String {
        let overdue = report.overdueCount
        if !report.findings.isEmpty {
            return say("合计：逾期未实施 \(overdue) 项；另有 \(report.findings.count) 处无法读取（见上），逾期情况可能不全",
                       "In all: \(overdue) past due; \(report.findings.count) problems reading files (above), so there may be more")
        }
        return overdue == 0 ? say("没有逾期未实施的事项", "nothing is past due")
            : say("合计：逾期未实施 \(overdue) 项", "In all: \(overdue) past due without an implementation")
    }

    func registryErrors(_ count: Int) -> String {
        say("注意：标准库有 \(count) 个错误（运行 tongban lint 查看），报告可能不完整",
            "note: the registry has \(count) errors (see tongban lint); the report may be incomplete")
    }

    var detailsHint: String { say("逾期事项明细：加 --details；完整数据：--format json", "overdue entries: add --details; every entry: --format json") }

    // Column names (markdown, HTML).
    var region: String { say("地区", "region") }
    var implemented: String { say("已实施", "implemented") }
    var overdue: String { say("逾期", "overdue") }
    var matter: String { say("事项", "matter") }
    var situation: String { say("情形", "situation") }
    var rate: String { say("免提交率", "rate") }
    var materials: String { say("材料", "materials") }
    var exempt: String { say("免提交", "免提交") }
    var pastDueEntries: String { say("逾期未实施的事项", "Entries past due") }
}
