import ArgumentParser
import Foundation
import TongbanKit

extension SupervisionFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Supervision (日常监督): per list and batch, each region's implementations, what is past due, and 免提交 rates.",
        discussion: """
            Regions are a list's own regions when it names them; otherwise every county-level division \
            below the registry's jurisdiction in catalog/divisions.yaml, and every division with a \
            regions/<code>/ folder. An entry is past due when --as-of is after its batch's due date \
            and the region has no implementation of it; a cancelled (取消) matter is never due. \
            Text gives one line per region and batch, past 12 regions only for those not complete \
            (the rest counted); --details lists every region and adds the overdue entries and the \
            免提交 rates per matter and region; --format json keeps every entry. \
            Exit codes: 0 done; 1 a file could not be read (a broken list, an unparsable \
            implementation: the report leaves it out and names it), or with --exit-code anything is \
            past due; 2 usage or I/O failure (bad date, unknown list, region or batch, not a registry).
            """
    )

    @Option(name: .long, help: "The day to report for, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(name: .long, help: "Output format: text, json, markdown, csv or html.")
    var format: SupervisionFormat = .text

    @Option(name: .long, help: "Report only the list with this id.")
    var list: String?

    @Option(name: .long, help: "Report only this region (a division code or name).")
    var region: String?

    @Option(name: .long, help: "Report only the batch with this id.")
    var batch: String?

    @Flag(name: .long, help: "Text and markdown: list every region, the overdue entries, and 免提交 rates per matter and region.")
    var details = false

    @Flag(name: .long, help: "Exit 1 when anything is past due (for CI).")
    var exitCode = false

    @Option(name: [.short, .customLong("output")], help: "Write the report to FILE instead of standard output.", completion: .file())
    var output: String?

    @OptionGroup var source: RegistryOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let day = try reportDay()
        // The report reads which implementations exist, not what they say.
        let (_, loaded) = try source.load(language, keeping: .crossFileFacts)
        let report: SupervisionReport
        do {
            report = try Supervisor.report(loaded, asOf: day, filter: SupervisionFilter(list: list, region: region, batch: batch))
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
        let text: String
        switch format {
        case .text: text = SupervisionTextRenderer(language: language, colour: output == nil && global.colour, details: details).render(report)
        case .json: text = SupervisionJSONRenderer.render(report, language: language)
        case .markdown: text = SupervisionMarkdownRenderer(language: language, details: details).render(report)
        case .csv: text = SupervisionCSVRenderer.render(report)
        case .html: text = SupervisionHTMLRenderer(language: language).render(report)
        }
        if let output {
            try OutputFile.write(text, to: output, language)
        } else {
            Output.write(text)
        }
        if !report.findings.isEmpty || (exitCode && report.overdueCount > 0) {
            throw ExitCode(1)
        }
    }

    private func reportDay() throws -> CalendarDate {
        if let asOf {
            guard let day = CalendarDate(parsing: asOf) else {
                throw CommandFailure("--as-of: '\(asOf)' is not a date (YYYY-MM-DD)")
            }
            return day
        }
        return try Self.today()
    }

    /// Today's date on this machine's calendar.
    /// - Throws: `CommandFailure` when the calendar cannot say.
    static func today() throws -> CalendarDate {
        let today = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = today.year, let month = today.month, let day = today.day,
              let date = CalendarDate(year: year, month: month, day: day) else {
            throw CommandFailure("cannot tell today's date; give --as-of")
        }
        return date
    }
}
