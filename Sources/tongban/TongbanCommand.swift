import ArgumentParser
import Foundation
import TongbanKit

@main
struct TongbanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongban",
        abstract: "通办事项标准库的校验、格式化与告知单工具 / Standards registry and linter for 通办 service lists.",
        discussion: """
            Exit codes: 0 success (lint: no errors), 1 findings (lint errors; warnings too with \
            --strict), 2 usage or I/O failure (bad flag, missing path, not a registry).
            Messages are in Chinese when LC_ALL/LANG begin with zh, English otherwise; --lang overrides.
            """,
        version: Tongban.version,
        subcommands: [
            LintCommand.self, FmtCommand.self, DiffCommand.self, LogCommand.self, ReportCommand.self, ExportCommand.self,
            ImportCommand.self, ChecklistCommand.self, SiteCommand.self, RulesCommand.self, SchemaCommand.self, LSPCommand.self,
        ]
    )

    /// Runs the command line; usage errors exit 2 with a one-line reason, as every tongban command does.
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if arguments.first == "diff", let request = DiffRequest.quick(Array(arguments.dropFirst())) {
                try request.run()
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if let exit = error as? ExitCode {
                Foundation.exit(exit.rawValue)
            }
            if let failure = error as? CommandFailure {
                Output.error(failure.message)
                Foundation.exit(2)
            }
            let message = oneLine(self.message(for: error))
            Output.error(message.isEmpty ? "\(error)" : message + helpHint())
            Foundation.exit(code == .validationFailure || code.rawValue == 64 ? 2 : code.rawValue)
        }
    }

    /// ArgumentParser lists allowed values as bullets on their own lines; CI logs want one line.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = lines.first else { return "" }
        let items = lines.dropFirst().map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        return items.isEmpty ? first : first + " " + items.joined(separator: ", ")
    }

    private static func helpHint() -> String {
        let args = CommandLine.arguments.dropFirst()
        let sub = args.first.flatMap { name in configuration.subcommands.first { $0.configuration.commandName == name } }
        return " (see 'tongban\(sub.map { " " + ($0.configuration.commandName ?? "") } ?? "") --help')"
    }
}
