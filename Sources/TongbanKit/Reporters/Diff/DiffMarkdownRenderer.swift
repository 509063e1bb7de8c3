/// The diff as a pull-request comment: a heading, then per list its summary and a table of
/// what changed. Every value and path from the registry or the repository is escaped text
/// (`MarkdownText.escape`) or a code span (`MarkdownText.code`): no heading, HTML, link or
/// mention can come out of a file's content or name.
public enum DiffMarkdownRenderer {
    public static func render(_ report: DiffReport, language: Language) -> String {
        let words = DiffWording(language: language)
        let diff = report.diff
        var out = "### " + escape(words.title(report)) + "\n"
        // Files that could not be parsed come first: the comparison is incomplete without them.
        if !diff.diagnostics.isEmpty {
            out += "\n**" + escape(words.diagnosticsHeading) + "**\n\n"
            for found in diff.diagnostics {
                let (side, place, text) = words.diagnostic(found, report)
                out += "- \(escape(side)) \(MarkdownText.code(place)) \(escape(text)) (`\(found.diagnostic.rule.rawValue)`)\n"
            }
        }
        for list in diff.lists {
            out += "\n**" + escape(words.summary(list)) + "**\n"
            let adjustments = words.adjustments(list.adjustment)
            if !adjustments.isEmpty { out += "\n" + adjustments.map { "- " + escape($0) + "\n" }.joined() }
            guard !(list.added.isEmpty && list.removed.isEmpty && list.changed.isEmpty && list.moved.isEmpty && list.renamed.isEmpty) else { continue }
            out += "\n" + header(words)
            for entry in list.added { out += row(words.added, entry.matter, entry.name, words.batch(entry.batch)) }
            for entry in list.removed { out += row(words.removed, entry.matter, entry.name, words.batch(entry.batch)) }
            for change in list.changed { out += row(words.changed, change.matter, change.name, detail(change, words)) }
            for move in list.moved { out += row(words.moved, move.matter, move.name, words.move(move)) }
            for rename in list.renamed { out += row(words.renamedFile, rename.to, rename.name, words.rename(rename)) }
        }
        if !diff.unlisted.isEmpty {
            out += "\n**" + escape(words.unlistedSummary(diff.unlisted)) + "**\n\n" + header(words)
            for entry in diff.unlisted.added { out += row(words.added, entry.matter, entry.name, "") }
            for entry in diff.unlisted.removed { out += row(words.removed, entry.matter, entry.name, "") }
            for change in diff.unlisted.changed { out += row(words.changed, change.matter, change.name, detail(change, words)) }
        }
        out += "\n" + escape(diff.hasDifferences ? words.total(diff) : words.noDifferences) + "\n"
        return out
    }

    private static func header(_ words: DiffWording) -> String {
        "| \(words.changeHeading) | \(words.matterHeading) | \(words.nameHeading) | \(words.detailHeading) |\n| --- | --- | --- | --- |\n"
    }

    /// A table row; the detail lines are joined with `<br>`.
    private static func row(_ label: String, _ matter: String, _ name: String, _ detail: [String]) -> String {
        "| \(label) | \(MarkdownText.code(matter)) | \(escape(name)) | \(detail.map(escape).joined(separator: "<br>")) |\n"
    }

    private static func row(_ label: String, _ matter: String, _ name: String, _ detail: String) -> String {
        row(label, matter, name, detail.isEmpty ? [] : [detail])
    }

    private static func detail(_ change: MatterChange, _ words: DiffWording) -> [String] {
        [words.fields(change)] + words.details(change)
    }

    /// Text safe in a Markdown table cell: `MarkdownText.escape`.
    static func escape(_ text: String) -> String {
        MarkdownText.escape(text)
    }
}
