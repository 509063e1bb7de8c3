import ArgumentParser
import Foundation
import TongbanKit

extension DiffFormat: ExpressibleByArgument {}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show how the 通办 lists changed (动态调整): matters added, removed, changed, moved.",
        discussion: """
            OLD and NEW are git revisions of the repository that holds the registry (tags, branches, \
            HEAD~3) or folders; OLD defaults to HEAD and NEW to the working tree. Revisions are read \
            from git without checking anything out, and files whose blob id did not change are not \
            parsed. Exit codes: 0 done (1 with --exit-code when there are differences), 2 bad \
            revision, no git repository, or not a registry.
            """
    )

    @Argument(help: "The old state: a git revision or a folder (default: HEAD).")
    var old: String?

    @Argument(help: "The new state: a git revision or a folder (default: the working tree).")
    var new: String?

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: DiffFormat = .text

    @Option(name: .long, help: "Compare only the list with this id.")
    var list: String?

    @Flag(name: .long, help: "Exit 1 when there are differences.")
    var exitCode = false

    @Option(name: .long, help: "The registry folder (default: found from the current folder upward, else ./standards).")
    var registry: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        // git may exit early; a write to its closed pipe must be an error, not a signal.
        signal(SIGPIPE, SIG_IGN)
        let report: DiffReport
        do {
            let targets = try DiffTargets.resolve(old: old, new: new, registry: registry, cwd: PathTools.currentDirectory())
            let diff = try RegistryDiffer.diff(old: targets.old, new: targets.new, list: list)
            report = DiffReport(diff: diff, old: targets.oldEndpoint, new: targets.newEndpoint)
        } catch let error as SourceError {
            throw CommandFailure(error, language)
        }
        switch format {
        case .text: Output.write(DiffTextRenderer(language: language, colour: Output.colourOnStdout).render(report))
        case .markdown: Output.write(DiffMarkdownRenderer.render(report, language: language))
        case .json: Output.write(DiffJSONRenderer.render(report, language: language))
        }
        if exitCode && report.diff.hasDifferences {
            throw ExitCode(1)
        }
    }
}
