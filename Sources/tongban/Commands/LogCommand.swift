import ArgumentParser
import Foundation
import TongbanKit

extension LogFormat: ExpressibleByArgument {}

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Responsibility tracing (责任追溯): who changed a matter's standard, or a list, when, and how.",
        discussion: """
            tongban log MATTER [REV-RANGE] lists, newest first, every commit in the range (default \
            HEAD) that changed the matter's normalized standard, its list membership or its 免提交 \
            count: commit, date, author, the 业务主管部门 and maintainer at that revision, and what \
            changed in the terms of tongban diff. A commit that changed the file but not the \
            standard is marked as reformatted. A matter whose file moved to a new id is followed \
            when its list entries moved with it in the same commit. tongban log --list LIST \
            [REV-RANGE] gives the list's members joined, left and moved, and its batches. \
            Git is read without checking anything out. Exit codes: 0 done; 2 not a registry in a \
            git repository, a bad range, or an unreadable git object.
            """
    )

    @Argument(help: "MATTER (a matter id), then REV-RANGE (default HEAD); with --list only REV-RANGE.")
    var arguments: [String] = []

    @Option(name: .long, help: "Show the history of this list's membership instead of a matter's.")
    var list: String?

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: LogFormat = .text

    @OptionGroup var source: RegistryOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let most = list == nil ? 2 : 1
        guard arguments.count <= most else { throw ValidationError("too many arguments: give \(list == nil ? "MATTER and REV-RANGE" : "REV-RANGE") at most") }
        if list == nil && arguments.isEmpty { throw ValidationError("give a MATTER id, or --list LIST") }
        for id in [list, list == nil ? arguments.first : nil].compactMap({ $0 }) where !Identifier.isValid(id) {
            throw ValidationError("'\(id)' is not an id (lower-case letters, digits and '-')")
        }
    }

    func run() throws {
        let language = global.language
        let range = (list == nil ? arguments.dropFirst().first : arguments.first) ?? "HEAD"
        do {
            let location = try RegistryLocation.locate(paths: source.registry.map { [$0] } ?? [], cwd: PathTools.currentDirectory())
            if let list {
                let log = try HistoryReader.list(list, root: location.root, range: range)
                switch format {
                case .text: Output.write(LogTextRenderer(language: language).render(log))
                case .json: Output.write(LogJSONRenderer.render(log))
                case .markdown: Output.write(LogMarkdownRenderer(language: language).render(log))
                }
            } else if let matter = arguments.first {
                let log = try HistoryReader.matter(matter, root: location.root, range: range)
                switch format {
                case .text: Output.write(LogTextRenderer(language: language).render(log))
                case .json: Output.write(LogJSONRenderer.render(log))
                case .markdown: Output.write(LogMarkdownRenderer(language: language).render(log))
                }
            }
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
    }
}
