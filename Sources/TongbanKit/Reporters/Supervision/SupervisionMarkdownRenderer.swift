/// `tongban report --format markdown`, for an issue or a pull-request comment: per list a
/// table of regions × batches (implemented / to implement, overdue marked), the 免提交 rates,
/// and with `details` the overdue entries. Every value goes through `MarkdownText`.
public struct SupervisionMarkdownRenderer: Sendable {
    public var language: Language
    public var details: Bool

    public init(language: Language, details: Bool = false) {
        self.language = language
        self.details = details
    }

    public func render(_ report: SupervisionReport) -> String {
        let say = SupervisionWording(language: language)
        let e = MarkdownText.escape
        let colon = language == .zh ? "：" : ": ", semicolon = language == .zh ? "；" : "; "
        var out = "## " + e(say.title(report)) + "\n"
        if !report.findings.isEmpty {
            out += "\n**" + e(say.findingsHeading) + "**\n\n"
            for d in report.findings {
                out += "- " + MarkdownText.code("\(d.file):\(d.range.start.line):\(d.range.start.column)") + " " + e(d.message.text(language)) + " " + MarkdownText.code(d.rule.rawValue) + "\n"
            }
        }
        for list in report.lists {
            out += "\n### " + e(say.list(list)) + "\n\n"
            for batch in list.batches {
                out += "- **" + e(say.batchTitle(batch)) + "**" + colon + e(say.deadline(batch) + semicolon + say.entries(batch))
                if batch.dueCount > 0, !batch.regions.isEmpty { out += semicolon + e(say.batchSummary(batch)) }
                out += "\n"
            }
            let batches = list.batches.filter { $0.dueCount > 0 }
            guard !batches.isEmpty, let regions = batches.first?.regions, !regions.isEmpty else { continue }
            out += "\n| " + say.region + " | " + batches.map { e(say.batchTitle($0)) }.joined(separator: " | ") + " |\n"
            out += "|---|" + batches.map { _ in "---:|" }.joined() + "\n"
            for (index, region) in regions.enumerated() {
                out += "| " + MarkdownText.code(region.division) + " " + e(region.name) + " | "
                out += batches.map { batch in
                    guard index < batch.regions.count else { return "" }
                    let r = batch.regions[index]
                    var cell = "\(r.implemented)/\(batch.dueCount)"
                    if !r.overdue.isEmpty { cell += " ⚠ " + e(say.overdue) + " \(r.overdue.count)" }
                    if !r.unreadable.isEmpty { cell += " ？\(r.unreadable.count)" }
                    return cell
                }.joined(separator: " | ") + " |\n"
            }
            if details {
                let overdue = batches.flatMap { batch in batch.regions.flatMap { r in r.overdue.map { (batch, r, $0) } } }
                if !overdue.isEmpty {
                    out += "\n" + e(say.pastDueEntries) + (language == .zh ? "：" : ":") + "\n\n"
                    for (batch, region, matter) in overdue {
                        out += "- " + e(say.batchTitle(batch)) + " · " + MarkdownText.code(region.division) + " " + e(region.name) + colon + MarkdownText.code(matter.matter) + " " + e(matter.name) + "\n"
                    }
                }
            }
        }
        let exemption = report.exemption
        if !exemption.lists.isEmpty {
            out += "\n### " + e(say.exemptionHeading) + "\n\n"
            out += "| | " + say.materials + " | " + say.exempt + " | " + say.rate + " |\n|---|---:|---:|---:|\n"
            func row(_ label: String, _ count: Exemption) {
                out += "| " + label + " | \(count.materials) | \(count.exempt) | " + (count.percent.map { "\($0)%" } ?? "—") + " |\n"
            }
            for part in exemption.lists { row(e(part.name) + " " + MarkdownText.code(part.id), part.count) }
            row("**" + e(say.allMatters) + "**", exemption.overall)
            if details {
                out += "\n| " + say.matter + " | " + say.materials + " | " + say.exempt + " | " + say.rate + " |\n|---|---:|---:|---:|\n"
                for matter in exemption.matters {
                    row(MarkdownText.code(matter.matter) + " " + e(matter.name), matter.count)
                    for situation in matter.situations { row("　" + e(say.situation + " " + situation.situation), situation.count) }
                }
            }
        }
        out += "\n**" + e(say.total(report)) + "**\n"
        if report.registryErrors > 0 { out += "\n" + e(say.registryErrors(report.registryErrors)) + "\n" }
        return out
    }
}
