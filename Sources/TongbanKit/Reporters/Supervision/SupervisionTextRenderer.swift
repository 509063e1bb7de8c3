/// `tongban report` for a terminal, readable at a glance at any scale: per list and batch the
/// deadline and a summary over all regions, then one line per region (implemented / to
/// implement / overdue) — past `namedRegions` regions only those not complete, the rest
/// counted, unless `details`; the overdue entries themselves only with `details`. Then the 免提交
/// rates per list (per matter and region with `details`). Files that could not be read come
/// first. Text from the registry is shown with control characters escaped (`VisibleText`).
public struct SupervisionTextRenderer: Sendable {
    public var language: Language
    public var colour: Bool
    /// List each region's overdue entries, the regions missing a 通办专窗 or 帮办代办, and the
    /// 免提交 rates per matter and per region.
    public var details: Bool

    public init(language: Language, colour: Bool, details: Bool = false) {
        self.language = language
        self.colour = colour
        self.details = details
    }

    /// How many regions a batch may have for every one of them to get its line without
    /// `details`; past it only those with something left to do (not complete, or an entry that
    /// could not be read) are named, and the complete ones counted.
    public static let namedRegions = 12

    /// The regions of `batch` that get a line.
    private func shownRegions(_ batch: SupervisionReport.BatchProgress) -> [SupervisionReport.RegionProgress] {
        guard !details, batch.regions.count > Self.namedRegions else { return batch.regions }
        return batch.regions.filter { $0.implemented != batch.dueCount || !$0.unreadable.isEmpty }
    }

    public func render(_ report: SupervisionReport) -> String {
        let say = SupervisionWording(language: language)
        var out = ""
        func line(_ text: String, _ code: String? = nil, indent: Int = 0) {
            let safe = VisibleText.escape(text)
            out += String(repeating: "  ", count: indent) + (code.map { paint(safe, $0) } ?? safe) + "\n"
        }
        line(say.title(report), "1")
        if !report.findings.isEmpty {
            out += "\n"
            line(say.findingsHeading, "1;31")
            for d in report.findings {
                line("\(d.file):\(d.range.start.line):\(d.range.start.column): \(say.severity(d.severity)): \(d.message.text(language)) [\(d.rule.rawValue)]", indent: 1)
            }
        }
        for list in report.lists {
            out += "\n"
            line(say.list(list), "1")
            for batch in list.batches {
                let heading = say.batchTitle(batch) + (language == .zh ? "：" : ": ") + say.deadline(batch) + (language == .zh ? "；" : "; ") + say.entries(batch)
                line(heading, indent: 1)
                guard batch.dueCount > 0, !batch.regions.isEmpty else { continue }
                line(say.batchSummary(batch), batch.overdueCount > 0 ? "33" : "2", indent: 2)
                let shown = shownRegions(batch)
                for region in shown {
                    let (text, overdue) = say.regionLine(region, batch)
                    let safe = VisibleText.escape(text) + (overdue.map { paint($0, "31") } ?? "")
                    out += "    " + safe + "\n"
                    if details {
                        for matter in region.overdue { line("- \(matter.matter) \(matter.name)", indent: 3) }
                    }
                }
                if shown.count < batch.regions.count {
                    line(say.otherRegionsComplete(batch.regions.count - shown.count), "2", indent: 2)
                }
            }
        }
        if !report.services.isEmpty {
            out += "\n"
            line(say.servicesHeading, "1")
            line(say.servicesSummary(report), indent: 1)
            if details {
                for r in report.services where !(r.hasTongbanWindow && r.hasAssistance) { line(say.service(r), indent: 2) }
            }
        }
        let exemption = report.exemption
        if !exemption.lists.isEmpty {
            out += "\n"
            line(say.exemptionHeading, "1")
            for part in exemption.lists { line(say.part(part, list: true), indent: 1) }
            line(say.overall(exemption.overall), indent: 1)
            if details {
                line(say.byMatter, indent: 1)
                for matter in exemption.matters {
                    line("\(matter.matter) \(matter.name)" + (language == .zh ? "：" : ": ") + say.count(matter.count), indent: 2)
                    for situation in matter.situations {
                        line(say.situation + " " + situation.situation + (language == .zh ? "：" : ": ") + say.count(situation.count), indent: 3)
                    }
                }
                line(say.byRegion, indent: 1)
                for part in exemption.regions { line(say.part(part, list: false), indent: 2) }
            }
        }
        out += "\n"
        line(say.total(report), report.overdueCount > 0 || !report.findings.isEmpty ? "1;31" : nil)
        if report.overdueCount > 0 && !details { line(say.detailsHint, "2") }
        if report.registryErrors > 0 { line(say.registryErrors(report.registryErrors)) }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
