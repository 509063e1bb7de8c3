import ArgumentParser
import Foundation
import TongbanKit

/// The formats `tongban export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole normalized registry as one JSON document (shape: docs/export.md).",
        discussion: """
            With no PATH (or --registry), the registry found from the current folder upward, else \
            ./standards; a PATH names the registry (or anything in it) and the whole registry is \
            exported. \
            The output is the same bytes on every run. A registry with lint errors is not \
            exported. -o writes the file atomically. The document is written as the registry is \
            read and kept only if the registry has no errors: standard output receives it at the \
            end (held meanwhile in an unlinked temporary file in $TMPDIR, else /tmp).
            Exit codes: 0 exported; 1 the registry has errors; 2 usage or I/O failure.
            """
    )

    @Argument(help: "The registry, or a path inside it.", completion: .directory)
    var path: String?

    @Option(name: .long, help: "The registry (the same as PATH, as every other command takes it).")
    var registry: String?

    @Option(name: .long, help: "Output format: json.")
    var format: ExportFormat = .json

    @Option(name: [.short, .customLong("output")], help: "Write to FILE instead of standard output.")
    var output: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        do {
            guard path == nil || registry == nil || path == registry else {
                throw CommandFailure(Message(zh: "PATH 与 --registry 只能给一个", en: "give PATH or --registry, not both").text(language))
            }
            let location = try RegistryLocation.locate(paths: (registry ?? path).map { [$0] } ?? [], cwd: PathTools.currentDirectory())
            let source = DirectorySource(root: location.root)
            // Written as it is read, and kept only once the whole registry is known to have no
            // errors: -o replaces the file at the end, standard output gets it all at the end.
            if let output {
                try AtomicFile.write(to: PathTools.absolute(output, cwd: PathTools.currentDirectory())) { append in
                    try Self.export(source, to: append)
                }
            } else {
                let spool = try Spool()
                try Self.export(source, to: spool.append)
                try spool.copy(to: STDOUT_FILENO)
            }
        } catch let refused as NotExported {
            Output.error(Message.notExported(errors: refused.errors).text(language))
            throw ExitCode(1)
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
    }

    /// A registry with errors, those of the cross-file rules included: what was written is dropped.
    private struct NotExported: Error {
        let errors: Int
    }

    /// Streams the export of `source` to `append`, then refuses it if the registry has errors.
    private static func export(_ source: DirectorySource, to append: ([UInt8]) throws -> Void) throws {
        let registry = try RegistryExporter.stream(from: source, to: append)
        let errors = Linter.check(registry).diagnostics.count { $0.severity == .error }
        guard errors == 0 else { throw NotExported(errors: errors) }
    }
}

private extension Message {
    static func notExported(errors: Int) -> Message {
        Message(zh: "标准库有 \(errors) 个错误，未导出（请运行 tongban lint 查看）",
                en: "the registry has \(errors) error\(errors == 1 ? "" : "s"); nothing exported (see tongban lint)")
    }
}
