import ArgumentParser
import Foundation
import TongbanKit

struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite non-canonical values in place (comments, key order and layout are kept).",
        discussion: """
            PATH works as for lint: the whole registry is loaded (material synonyms come from \
            catalog/materials.yaml) and only the files named are rewritten; with no PATH, the \
            registry found from the current folder upward, else ./standards. Each value is \
            replaced at its own span; a file is written atomically and keeps its permissions. \
            A byte-order mark is dropped and CRLF and CR line ends become LF; a file with any \
            other YAML error (yaml-syntax, encoding such as invalid UTF-8, limits, duplicate-key, \
            yaml-alias) is left byte for byte unchanged.
            Prints the files it rewrote (or, with --check, would rewrite), with the line ends \
            and byte-order mark it changed.
            Exit codes: 0 done (or nothing to do); 1 with --check when files would change, or \
            when a file was left alone for YAML errors; 2 usage or I/O failure (bad flag, \
            missing path, read-only file or folder, unreadable file, a file that changed on disk while \
            fmt ran: it is left as the other writer saved it). Temporary files left by an \
            interrupted run are removed.
            """
    )

    @Argument(help: "Registry, folders or files to format.", completion: .file(extensions: ["yaml", "yml"]))
    var paths: [String] = []

    @Flag(name: .long, help: "Change nothing; list the files that would change and exit 1 if any.")
    var check = false

    @Flag(name: .long, help: "Change nothing; print a unified diff of what would change.")
    var diff = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let location: RegistryLocation
        let results: [RegistryFormatter.FileResult]
        do {
            location = try RegistryLocation.locate(paths: paths, cwd: PathTools.currentDirectory())
            results = try RegistryFormatter.plan(location)
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }

        if !check && !diff {
            for leftover in RegistryFormatter.removeLeftovers(of: results, in: location) {
                Output.error(Message.removedLeftover(location.display(leftover)).text(language))
            }
        }
        var wouldChange = false
        var yamlErrors = false
        var ioFailure = false
        var listing = ""
        for result in results {
            let shown = VisibleText.escape(location.display(result.path))
            switch result.status {
            case .unchanged:
                continue
            case .changed(let original, let formatted):
                wouldChange = true
                let repairs = LineEndRepair.needed(in: original)
                let listed = repairs.isEmpty ? shown : shown + Message.repaired(repairs.summary).text(language)
                if diff {
                    Output.write(UnifiedDiff.render(
                        old: String(decoding: original, as: UTF8.self), new: String(decoding: formatted, as: UTF8.self),
                        oldName: "a/" + shown, newName: "b/" + shown))
                } else if check {
                    listing += listed + "\n"
                } else {
                    do {
                        try RegistryFormatter.write(result, in: location)
                        listing += listed + "\n"
                    } catch let error as RunFailure {
                        Output.error(error.message.text(language))
                        ioFailure = true
                    }
                }
            case .refused(let errors):
                yamlErrors = true
                let reporter = TextReporter(language: language, colour: false, sourceLine: { _, _ in nil })
                for var error in errors {
                    error.file = location.display(result.path)
                    Output.error(reporter.line(error))
                }
                Output.error(Message.notFormatted(shown).text(language))
            case .unreadable(let message):
                ioFailure = true
                Output.error("\(shown): \(message.text(language))")
            case .failed(let message):
                ioFailure = true
                Output.error("\(shown): \(message.text(language))")
            }
        }
        Output.write(listing)
        if ioFailure { throw ExitCode(2) }
        if yamlErrors || (check && wouldChange) { throw ExitCode(1) }
    }
}

private extension Message {
    /// What fmt repaired besides values, after the file's name: `（CRLF 行尾 → LF）`.
    static func repaired(_ summary: Message) -> Message {
        Message(zh: "（\(summary.zh)）", en: " (\(summary.en))")
    }

    static func removedLeftover(_ path: String) -> Message {
        Message(zh: "已删除中断的运行留下的临时文件 \(path)", en: "removed \(path), a temporary file left by an interrupted run")
    }

    static func notFormatted(_ path: String) -> Message {
        Message(zh: "\(path) 有 YAML 错误，未格式化（文件未改动）", en: "\(path) has YAML errors; not formatted (the file is unchanged)")
    }
}
