import ArgumentParser
import Foundation
import TongbanKit

extension SupervisionFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Supervision (日常监督): per list and batch, each region's implementations and what is past due.",
        discussion: """
            Regions are a list's own regions when it names them; otherwise every county-level division \
            below the registry's jurisdiction in catalog/divisions.yaml, and every division with a \
            regions/<code>/ folder. An entry is past due when --as-of is after its batch's due date \
            and the region has no implementation of it.
            """
    )

    @Option(name: .long, help: "The day to report for, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: SupervisionFormat = .text

    @Option(name: .long, help: "The registry folder (default: found from the current folder upward, else ./standards).")
    var registry: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let day = try reportDay()
        let loaded: Registry
        do {
            let location = try RegistryLocation.locate(paths: registry.map { [$0] } ?? [], cwd: PathTools.currentDirectory())
            loaded = try RegistryLoader.load(from: DirectorySource(root: location.root))
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
        let report = Supervisor.report(loaded, asOf: day)
        switch format {
        case .text: Output.write(SupervisionTextRenderer(language: language, colour: global.colour).render(report))
        case .json: Output.write(SupervisionJSONRenderer.render(report))
        }
    }

    private func reportDay() throws -> CalendarDate {
        if let asOf {
            guard let day = CalendarDate(parsing: asOf) else {
                throw CommandFailure("--as-of: '\(asOf)' is not a date (YYYY-MM-DD)")
            }
            return day
        }
        let today = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = today.year, let month = today.month, let day = today.day,
              let date = CalendarDate(year: year, month: month, day: day) else {
            throw CommandFailure("cannot tell today's date; give --as-of")
        }
        return date
    }
}
