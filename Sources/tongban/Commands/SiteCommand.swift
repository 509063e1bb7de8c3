import ArgumentParser
import Foundation
import TongbanKit

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the static catalogue: lists, matters, search and printable checklists.",
        discussion: """
            Open DIR/index.html in a browser: no server is needed, and nothing is loaded from \
            elsewhere. Search from the box, or open index.html?q=社保卡 (a region's name finds the \
            matters implemented there). Each matter's page holds its standard once and every \
            region's agency, windows, hours, phones and promise as data, which refers to \
            DIR/regions.js for what each region's file gives all its matters (its 通办专窗, \
            帮办代办 and complaint phone): pick the region (or open \
            matters/MATTER.html?region=370405) and print the region's one-page checklist, the \
            same as 'tongban checklist MATTER --region CODE'. Every page links one style sheet, \
            DIR/style.css. \
            With --region CODE the site is that one region's (what a county publishes): each \
            matter's page is the region's checklist as a static page, printable as it stands, \
            and each list has the region's booklet, lists/LIST/CODE.html; of regions/ only \
            regions/CODE/ is read. \
            DIR/.tongban-site lists the files written with their SHA-1; the next run removes those \
            it no longer writes (a matter taken off the registry) if they are unchanged, rewrites \
            only files whose content changed (a changed region.yaml rewrites regions.js, not the \
            matter pages), and leaves every other file in DIR alone. A file in \
            DIR that tongban did not write is never deleted, and not overwritten without --force \
            (the run then writes nothing and exits 2). Nothing is written or deleted through a \
            symbolic link inside DIR.
            """
    )

    @Option(name: [.short, .customLong("output")], help: "The folder to write the site into (created if missing).")
    var output: String

    @Option(name: .long, help: "Write the site of one region (division code or name): its checklists as the matter pages, and its booklets.")
    var region: String?

    @Flag(name: .long, help: "Overwrite files in DIR that tongban did not write (never through a symbolic link).")
    var force = false

    @OptionGroup var source: RegistryOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let (location, registry, layout) = try load(language)
        let builder = ChecklistBuilder(registry: registry)
        let dates = RevisionDates(root: location.root)
        var revisions: [String: CalendarDate] = [:]
        for matter in registry.matters {
            if let file = builder.matterFile(matter.id), let date = dates.date(of: file) { revisions[matter.id] = date }
        }
        var files = CatalogueSite.build(registry, revisionDates: revisions, layout: layout, supervisionPage: true)
        // The supervision page (日常监督) as of today, next to the catalogue; one region's site
        // supervises that region only.
        var scope = SupervisionFilter()
        if case .region(let code) = layout { scope.region = code }
        let report: SupervisionReport
        do {
            report = try Supervisor.report(registry, asOf: try ReportCommand.today(), filter: scope)
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
        files.append(SiteFile(path: "supervision.html", contents: SupervisionHTMLRenderer(language: .zh, indexLink: "index.html").render(report)))
        let outcome: SiteWriter.Outcome
        do {
            outcome = try SiteWriter.write(files, to: output, force: force)
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
        for path in outcome.kept {
            Output.error(SiteWriter.Outcome.kept(path, in: output).text(language))
        }
        let errors = registry.diagnostics.count { $0.severity == .error }
        if errors > 0 {
            Output.error(SiteWriter.Outcome.registryErrors(errors, regionOnly: layout != .national).text(language))
        }
        Output.write(outcome.summary(files: files.count, output: output).text(language) + "\n")
    }

    /// The registry and the layout: all of it for the national site; for a region's, every
    /// file but the other regions' folders (a county's site of a national registry reads its
    /// own few hundred files, not 600,000). The region is looked up in the division catalogue
    /// first (all a lookup reads besides the implementations), then again in what its site
    /// loads, as `checklist --region` would.
    private func load(_ language: Language) throws -> (RegistryLocation, Registry, SiteLayout) {
        guard let region else {
            let (location, registry) = try source.load(language)
            return (location, registry, .national)
        }
        let (location, listed) = try source.list(language)
        let catalogue = try listed.load(keeping: { $0 == "registry.yaml" || $0.hasPrefix("catalog/") }, language)
        let guess = (try? ChecklistBuilder(registry: catalogue).region(region).code) ?? region
        let registry = try listed.load(keeping: SiteLayout.region(guess).needs, language)
        let code: String
        do {
            code = try ChecklistBuilder(registry: registry).region(region).code
        } catch let error as ChecklistError {
            throw CommandFailure(error.message.text(language))
        }
        // The same catalog answers both times; should it not, the site reads what it shows.
        let layout = SiteLayout.region(code)
        return (location, code == guess ? registry : try listed.load(keeping: layout.needs, language), layout)
    }
}
