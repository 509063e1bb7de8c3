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
            parsed. Exit codes: 0 done (1 with --exit-code when there are differences); 1 when a \
            list or matter file could not be parsed on either side (the output says so first: the \
            comparison is incomplete); 2 bad revision, no git repository, not a registry, or a \
            damaged repository (a git object missing).
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

    var request: DiffRequest {
        DiffRequest(old: old, new: new, format: format, list: list, exitCode: exitCode, registry: registry, lang: global.lang, color: global.color)
    }

    func run() throws {
        try request.run()
    }
}

/// What `tongban diff` was asked to do, however its command line was parsed.
struct DiffRequest: Equatable {
    var old: String?
    var new: String?
    var format: DiffFormat = .text
    var list: String?
    var exitCode = false
    var registry: String?
    var lang: Language?
    var color: ColourChoice = .auto

    func run() throws {
        let language = GlobalOptions.language(lang)
        // git may exit early; a write to its closed pipe must be an error, not a signal.
        signal(SIGPIPE, SIG_IGN)
        let report: DiffReport
        do {
            let targets = try DiffTargets.resolve(old: old, new: new, registry: registry, cwd: PathTools.currentDirectory())
            let diff = try RegistryDiffer.diff(old: targets.old, new: targets.new, list: list)
            report = DiffReport(diff: diff, old: targets.oldEndpoint, new: targets.newEndpoint)
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
        switch format {
        case .text: Output.write(DiffTextRenderer(language: language, colour: Output.colourOnStdout(color)).render(report))
        case .markdown: Output.write(DiffMarkdownRenderer.render(report, language: language))
        case .json: Output.write(DiffJSONRenderer.render(report, language: language))
        }
        // A side that could not be read in full never passes as "no differences".
        if !report.diff.diagnostics.isEmpty || (exitCode && report.diff.hasDifferences) {
            throw ExitCode(1)
        }
    }

    /// The request from the arguments after `diff` when they use only the everyday forms —
    /// at most two revisions or folders, `--format`, `--list`, `--registry` and `--lang` each at
    /// most once (as `--name value` or `--name=value`, with a valid value), `--exit-code` —
    /// and nil for anything else, which ArgumentParser then parses, with its messages and help.
    ///
    /// Why it stays beside ArgumentParser: ArgumentParser finds a command's arguments by
    /// reflecting on its property wrappers each time it parses (`parseAsRoot` and `parse` alike),
    /// and offers no way around that. `diff` runs in CI on every change and is measured against
    /// `git diff` (Benchmarks/README.md), where that reflection is a millisecond or two of a
    /// run of about fifteen. So only these forms, which ArgumentParser reads the same way, are
    /// parsed by hand; `DiffArgumentsTests` checks that both parsers agree on them.
    static func quick(_ arguments: [String]) -> DiffRequest? {
        var request = DiffRequest()
        var positionals: [String] = []
        var seen: Set<String> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-") else {
                positionals.append(argument)
                continue
            }
            if argument == "--exit-code" {
                guard seen.insert(argument).inserted else { return nil }
                request.exitCode = true
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            guard ["--format", "--list", "--registry", "--lang"].contains(name), seen.insert(name).inserted else { return nil }
            let value: String
            if parts.count == 2 {
                value = parts[1]
            } else {
                guard index < arguments.count else { return nil }
                value = arguments[index]
                index += 1
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--format":
                guard let format = DiffFormat(rawValue: value) else { return nil }
                request.format = format
            case "--lang":
                guard let lang = Language(rawValue: value) else { return nil }
                request.lang = lang
            case "--list": request.list = value
            default: request.registry = value
            }
        }
        guard positionals.count <= 2 else { return nil }
        request.old = positionals.first
        request.new = positionals.count == 2 ? positionals[1] : nil
        return request
    }
}
