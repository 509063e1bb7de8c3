import ArgumentParser
import TongbanKit

extension ChecklistFormat: ExpressibleByArgument {}

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print a matter's 一次性告知单 (checklist), or a booklet of every matter on a list.",
        discussion: """
            MATTER and --list accept an id or a name; --region a division code (370405) or name. \
            Without --region the checklist shows the standard alone; without --situation, every \
            situation with its materials. The format follows -o's extension (.html, .md, .txt), \
            else HTML: one self-contained A4 file to open in a browser and print.
            Examples:
              tongban checklist shebaoka-shenling --region 370405 -o 告知单.html
              tongban checklist --list kuasheng --region 台儿庄区 -o 跨省通办告知单.html
            """
    )

    @Argument(help: "The matter: its id (file name without .yaml) or its name.", completion: Completions.matters)
    var matter: String?

    @Option(name: .long, help: "The region: a division code or name.", completion: Completions.regions)
    var region: String?

    @Option(name: .long, help: "Print only the materials of this situation (情形).")
    var situation: String?

    @Option(name: .long, help: "Print a booklet of every matter on this list (needs --region).", completion: Completions.lists)
    var list: String?

    @Option(name: .long, help: "html, markdown or text (default: from -o's extension, else html).")
    var format: ChecklistFormat?

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var source: RegistryOption
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        switch (matter, list) {
        case (nil, nil): throw ValidationError("name a MATTER, or a list with --list")
        case (_?, _?): throw ValidationError("give a MATTER or --list, not both")
        case (nil, _?):
            if region == nil { throw ValidationError("--list needs --region: a booklet is printed for one region") }
            if situation != nil { throw ValidationError("--situation applies to one MATTER, not to a --list booklet") }
        case (_?, nil): break
        }
    }

    func run() throws {
        let language = global.language
        let (location, registry) = try source.load(language)
        let builder = ChecklistBuilder(registry: registry)
        let dates = RevisionDates(root: location.root)
        let chosenFormat = format ?? output.flatMap { ChecklistFormat(fileName: $0) } ?? .html
        let text: String
        do {
            let place = try region.map(builder.region)
            if let list, let place {
                let serviceList = try builder.list(list)
                var revisions: [String: CalendarDate] = [:]
                for entry in serviceList.entries {
                    let id = entry.matter.value
                    if let file = builder.matterFile(id), let date = dates.date(of: file) { revisions[id] = date }
                }
                let booklet = try builder.booklet(list: serviceList, region: place, revisionDates: revisions)
                warnAboutFindings(in: booklet.checklists.map(\.matterID), builder, location, language)
                text = chosenFormat.render(booklet)
            } else if let matter {
                let found = try builder.matter(matter)
                let date = builder.matterFile(found.id).flatMap(dates.date)
                let checklist = try builder.checklist(for: found, region: place, situation: situation, revisionDate: date)
                warnAboutFindings(in: [found.id], builder, location, language)
                text = chosenFormat.render(checklist)
            } else {
                throw ValidationError("name a MATTER, or a list with --list")
            }
        } catch let error as ChecklistError {
            throw CommandFailure(error.message.text(language))
        }
        if let output {
            try OutputFile.write(text, to: output, language)
        } else {
            Output.write(text)
        }
    }

    /// A standard with lint errors may print an incomplete or wrong checklist: say so on standard error.
    private func warnAboutFindings(in matterIDs: [String], _ builder: ChecklistBuilder, _ location: RegistryLocation, _ language: Language) {
        for id in matterIDs {
            guard let file = builder.matterFile(id) else { continue }
            let errors = builder.registry.diagnostics.filter { $0.file == file && $0.severity == .error }.count
            guard errors > 0 else { continue }
            let shown = location.display(file)
            Output.error(Message.checklistMayBeIncomplete(shown, errors: errors).text(language))
        }
    }
}

private extension Message {
    static func checklistMayBeIncomplete(_ file: String, errors: Int) -> Message {
        Message(zh: "警告：\(file) 有 \(errors) 个错误，告知单可能不完整（运行 tongban lint 查看）",
                en: "warning: \(file) has \(errors) error(s); the checklist may be incomplete (run 'tongban lint')")
    }
}
