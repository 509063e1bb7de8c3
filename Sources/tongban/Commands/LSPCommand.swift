import ArgumentParser
import Foundation
import TongbanKit
import TongbanLSP

struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server over stdio, for editors.",
        discussion: """
            Speaks the Language Server Protocol (JSON-RPC with Content-Length framing) on stdin and \
            stdout: lint's findings as diagnostics while you type, completion of keys, values and \
            ids, hover, code actions and go to definition. The registry is the one the editor's \
            workspace holds (or its standards/ folder), unless --registry names one.
            """
    )

    @Option(name: .long, help: "The registry folder (default: from the editor's workspace).")
    var registry: String?

    @Flag(name: .long, help: "Accepted for clients that pass it; stdio is the only transport.")
    var stdio = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // A client that goes away must not kill the server with SIGPIPE; the write fails instead.
        signal(SIGPIPE, SIG_IGN)
        let input = FileHandle.standardInput
        let output = FileHandle.standardOutput
        let code = LanguageServer.serve(
            registry: registry, language: global.language, cwd: PathTools.currentDirectory(), version: Tongban.version,
            read: { Array(input.availableData) },
            write: { bytes in try? output.write(contentsOf: Data(bytes)) })
        if code != 0 { throw ExitCode(code) }
    }
}
