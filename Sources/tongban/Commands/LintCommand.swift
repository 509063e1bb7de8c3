import ArgumentParser
import Foundation
import TongbanKit

extension LintFormat: ExpressibleByArgument {}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate a registry and report every finding at once.",
        discussion: """
            With no PATH, lints the registry found from the current folder upward, else ./standards. \
            A PATH may be the registry, a folder in it, or single files: the whole registry is always \
            loaded so cross-file rules see everything, and findings are reported for the paths named,             and for the files that refer to them or to files deleted since HEAD (git status): a list             naming a matter, an implementation of it. The summary names those files.
            """
    )

    @Argument(help: "Registry, folders or files to report on.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json, github, sarif or junit.")
    var format: LintFormat = .text

    @Flag(name: .long, help: "Exit 1 on warnings too.")
    var strict = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let location: RegistryLocation
        let report: LintReport
        do {
            location = try RegistryLocation.locate(paths: paths, cwd: PathTools.currentDirectory())
            // Files named (as pre-commit names the changed ones): what refers to them, or to files
            // the change deleted, is checked too.
            let deleted = location.selection.isEmpty ? [] : DeletedFiles.sinceHEAD(under: location.root)
            report = try Linter.run(location, version: Tongban.version, deleted: deleted)
        } catch let error as SourceError {
            throw CommandFailure(error, language)
        }
        Output.write(render(report, location, language))
        if report.errorCount > 0 || (strict && report.warningCount > 0) {
            throw ExitCode(1)
        }
    }

    private func render(_ report: LintReport, _ location: RegistryLocation, _ language: Language) -> String {
        switch format {
        case .text:
            let excerpts = SourceExcerpts.read(for: report, in: location)
            return TextReporter(language: language, colour: global.colour, sourceLine: excerpts.line).render(report)
        case .json: return JSONReporter.render(report, language: language)
        case .github: return GitHubReporter.render(report, language: language, paths: artifactPaths(location))
        case .sarif: return SARIFReporter.render(report, language: language, paths: artifactPaths(location))
        case .junit: return JUnitReporter.render(report, language: language)
        }
    }

    /// Paths relative to the repository that holds the registry, for code scanning and annotations.
    private func artifactPaths(_ location: RegistryLocation) -> ArtifactPaths {
        ArtifactPaths(location: location, repositoryRoot: RepositoryRoot.find(above: location.root))
    }
}
