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

    @Flag(name: .long, inversion: .prefixedNo, help: "Exit 1 on warnings too (default: the configuration's strict, else off).")
    var strict: Bool?

    @OptionGroup var config: ConfigOption

    @Flag(name: .long, help: "List the findings suppressed by comments or the baseline too, with the reason.")
    var showSuppressed = false

    @Option(name: .long, help: "Do not report the findings this baseline file holds; count its entries that no longer match as fixed.")
    var baseline: String?

    @Option(name: .long, help: "Write the findings reported now to this baseline file (sorted JSON) and exit 0.")
    var writeBaseline: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let cwd = PathTools.currentDirectory()
        let location: RegistryLocation
        let report: LintReport
        let configuration: LintConfiguration
        do {
            location = try RegistryLocation.locate(paths: paths, cwd: cwd)
            configuration = try config.load(for: location, language)
            var adoption = Linter.Adoption(configuration: configuration, recordBaseline: writeBaseline != nil)
            if let baseline {
                let path = PathTools.absolute(baseline, cwd: cwd)
                let bytes = try DirectorySource(root: PathTools.parent(path)).read(String(path.split(separator: "/").last ?? ""), limit: 64 << 20)
                adoption.baseline = try Baseline.parse(bytes)
                adoption.baselineName = baseline
            }
            // Files named (as pre-commit names the changed ones): what refers to them, or to files
            // the change deleted, is checked too.
            let deleted = location.selection.isEmpty ? [] : DeletedFiles.sinceHEAD(under: location.root)
            report = try Linter.run(location, version: Tongban.version, adoption: adoption, deleted: deleted)
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
        if let writeBaseline, let (recorded, leftOut) = report.recordedBaseline {
            try OutputFile.write(recorded.rendered(), to: writeBaseline, language)
            Output.write(Self.wroteBaseline(recorded.entries.count, leftOut, writeBaseline, language))
            return
        }
        Output.write(try render(report, location, language))
        let strict = self.strict ?? configuration.strict ?? false
        if report.errorCount > 0 || (strict && report.warningCount > 0) {
            throw ExitCode(1)
        }
    }

    private static func wroteBaseline(_ count: Int, _ leftOut: Int, _ file: String, _ language: Language) -> String {
        Message.wroteBaseline(count, leftOut: leftOut, file: file).text(language) + "\n"
    }

    private func render(_ report: LintReport, _ location: RegistryLocation, _ language: Language) throws -> String {
        switch format {
        case .text:
            let excerpts = SourceExcerpts.read(for: report, in: location)
            return TextReporter(language: language, colour: global.colour, showSuppressed: showSuppressed, sourceLine: excerpts.line).render(report)
        case .json: return JSONReporter.render(report, language: language, showSuppressed: showSuppressed)
        case .github:
            guard let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty else {
                return GitHubReporter.render(report, language: language, paths: artifactPaths(location))
            }
            let (commands, summary) = GitHubReporter.render(report, language: language, paths: artifactPaths(location), stepSummary: true)
            if let summary { try Self.append(summary, to: summaryPath, language) }
            return commands
        case .sarif: return SARIFReporter.render(report, language: language, paths: artifactPaths(location))
        case .junit: return JUnitReporter.render(report, language: language)
        }
    }

    /// Paths relative to the repository that holds the registry, for code scanning and annotations.
    private func artifactPaths(_ location: RegistryLocation) -> ArtifactPaths {
        ArtifactPaths(location: location, repositoryRoot: RepositoryRoot.find(above: location.root))
    }

    /// Appends to the step summary file GitHub Actions names (it is shared by the job's steps).
    private static func append(_ text: String, to path: String, _ language: Language) throws {
        guard let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) else {
            throw CommandFailure(Message.unwritableStepSummary(path).text(language))
        }
        defer { try? handle.close() }
        _ = try? handle.seekToEnd()
        handle.write(Data(text.utf8))
    }
}

private extension Message {
    static func wroteBaseline(_ count: Int, leftOut: Int, file: String) -> Message {
        Message(
            zh: "已把 \(count) 个问题写入基线 \(file)" + (leftOut > 0 ? "；另有 \(leftOut) 个问题所属规则不能列入基线，仍会报告" : ""),
            en: "wrote \(count) findings to the baseline \(file)" + (leftOut > 0 ? "; \(leftOut) findings of rules that cannot be baselined are still reported" : ""))
    }

    static func unwritableStepSummary(_ path: String) -> Message {
        Message(zh: "无法写入 GITHUB_STEP_SUMMARY：\(path)", en: "cannot write GITHUB_STEP_SUMMARY: \(path)")
    }
}
