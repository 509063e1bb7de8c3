import ArgumentParser
import Foundation
import TongbanKit

extension FileKind: ExpressibleByArgument {}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a file kind, or write every kind's schema to a folder.",
        discussion: """
            Kinds: \(FileKind.allCases.map(\.rawValue).joined(separator: ", ")). Point a YAML language \
            server at these files to get completion and checks while editing.
            """
    )

    @Argument(help: ArgumentHelp("The file kind: \(FileKind.allCases.map(\.rawValue).joined(separator: ", "))."))
    var kind: FileKind?

    @Option(name: .shortAndLong, help: "Write <kind>.schema.json for every kind into this folder.")
    var output: String?

    func run() throws {
        if let output {
            try write(to: output)
        } else if let kind {
            Output.write(JSONSchemaWriter.schema(for: kind).rendered())
        } else {
            throw CommandFailure("name a kind (\(FileKind.allCases.map(\.rawValue).joined(separator: ", "))) or give -o FOLDER")
        }
    }

    /// Writes every kind's schema into `folder` (created if missing), each file atomically as
    /// every other output of tongban is written.
    private func write(to folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot write schemas to \(folder): \(error.localizedDescription)")
        }
        for kind in FileKind.allCases {
            let path = (folder as NSString).appendingPathComponent(JSONSchemaWriter.fileName(for: kind))
            try OutputFile.write(JSONSchemaWriter.schema(for: kind).rendered(), to: path, GlobalOptions.language(nil))
            Output.write("\(path)\n")
        }
    }
}
