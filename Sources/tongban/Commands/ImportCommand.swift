import ArgumentParser
import Foundation
import TongbanKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the matters of a published list (CSV) to a list and batch of the registry.",
        discussion: """
            The CSV has the columns seq,name,department,department_inferred,list,batch,due,source \
            (RFC 4180; a byte-order mark and CRLF line ends are accepted). Each row's matter is found \
            by name among the existing matters; when there is none, a status: 草稿 matter is created \
            with the row's name, department and source. Every matter not yet on the list is added to \
            it in the batch. Existing files are never overwritten, and a second run changes nothing.
            Every row is checked before anything is written: a malformed CSV, a row whose list, batch \
            or due date disagrees with the list file, or an unknown list or batch writes nothing and \
            exits 2, naming each bad row by its line.
            """
    )

    @Argument(help: "The CSV file of the published list.", completion: .file(extensions: ["csv"]))
    var csv: String

    @Option(name: .long, help: "The id of the list to add to (lists/<id>.yaml).")
    var list: String

    @Option(name: .long, help: "The id of the list's batch the rows belong to.")
    var batch: String

    @Option(name: .long, help: "The registry (default: found from the current folder upward, else ./standards).")
    var registry: String?

    @Flag(name: .long, help: "Show what would change without writing anything.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let cwd = PathTools.currentDirectory()
        let location: RegistryLocation
        do {
            location = try RegistryLocation.locate(paths: registry.map { [$0] } ?? [], cwd: cwd)
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
        guard location.selection.isEmpty else {
            throw CommandFailure(Message.registryNotRoot(registry ?? "").text(language))
        }
        guard let data = FileManager.default.contents(atPath: PathTools.absolute(csv, cwd: cwd)), PathTools.kind(PathTools.absolute(csv, cwd: cwd)) == .file else {
            throw CommandFailure(Message.unreadableCSV(csv).text(language))
        }
        let request = ListImporter.Request(
            csv: Array(data), csvName: (csv as NSString).lastPathComponent, listID: list, batchID: batch)
        let plan: ImportPlan
        do {
            plan = try ListImporter.plan(request, source: DirectorySource(root: location.root))
            if !dryRun { try ImportWriter.apply(plan, root: location.root) }
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        } catch let failure as ImportFailure {
            for problem in failure.problems {
                let place = problem.line.map { "\(csv):\($0): " } ?? ""
                Output.error(place + problem.message.text(language))
            }
            let count = failure.problems.count
            Output.error(Message.nothingImported(problems: count).text(language))
            throw ExitCode(2)
        }
        Output.write(ImportSummary.render(plan, location: location, csv: csv, dryRun: dryRun, language: language))
    }
}

private extension Message {
    static func registryNotRoot(_ registry: String) -> Message {
        Message(zh: "--registry 应为标准库的根目录：\(registry)", en: "--registry must be the registry's root folder: \(registry)")
    }

    static func unreadableCSV(_ csv: String) -> Message {
        Message(zh: "无法读取 CSV 文件：\(csv)", en: "cannot read the CSV file: \(csv)")
    }

    static func nothingImported(problems count: Int) -> Message {
        Message(zh: "发现 \(count) 个问题，未写入任何文件", en: "\(count) problem\(count == 1 ? "" : "s"); nothing was written")
    }
}
