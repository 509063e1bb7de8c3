/// The diff for a terminal: each list's summary line, then one line per added, removed, changed
/// or moved matter (with the details of a change indented below it).
public struct DiffTextRenderer: Sendable {
    public var language: Language
    public var colour: Bool

    public init(language: Language, colour: Bool) {
        self.language = language
        self.colour = colour
    }

    public func render(_ report: DiffReport) -> String {
        let words = DiffWording(language: language)
        let diff = report.diff
        var out = paint(VisibleText.escape(words.title(report)), "1") + "\n"
        // Files that could not be parsed come first: the comparison is incomplete without them.
        if !diff.diagnostics.isEmpty {
            out += "\n" + paint(words.diagnosticsHeading, "1;31") + "\n"
            for found in diff.diagnostics {
                let (side, place, text) = words.diagnostic(found, report)
                out += "  \(side) \(paint(VisibleText.escape(place), "1")): \(VisibleText.escape(text)) \(paint("[\(found.diagnostic.rule.rawValue)]", "2"))\n"
            }
        }
        for list in diff.lists {
            out += "\n" + paint(VisibleText.escape(words.summary(list)), "1") + "\n"
            for line in words.adjustments(list.adjustment) {
                out += "  " + paint("*", "35") + " " + VisibleText.escape(line) + "\n"
            }
            for entry in list.added {
                out += line("+", words.added, entry.matter, entry.name, words.batch(entry.batch), "32")
            }
            for entry in list.removed {
                out += line("-", words.removed, entry.matter, entry.name, words.batch(entry.batch), "31")
            }
            for change in list.changed {
                out += changeLines(change, words)
            }
            for move in list.moved {
                out += line(">", words.moved, move.matter, move.name, words.move(move), "36")
            }
            for rename in list.renamed {
                out += line("=", words.renamedFile, rename.to, rename.name, words.rename(rename), "36")
            }
        }
        if !diff.unlisted.isEmpty {
            out += "\n" + paint(words.unlistedSummary(diff.unlisted), "1") + "\n"
            for entry in diff.unlisted.added { out += line("+", words.added, entry.matter, entry.name, nil, "32") }
            for entry in diff.unlisted.removed { out += line("-", words.removed, entry.matter, entry.name, nil, "31") }
            for change in diff.unlisted.changed { out += changeLines(change, words) }
        }
        out += "\n" + (diff.hasDifferences ? words.total(diff) : words.noDifferences) + "\n"
        return out
    }

    private func line(_ mark: String, _ label: String, _ matter: String, _ name: String, _ detail: String?, _ code: String) -> String {
        let separator = language == .zh ? "：" : ": "
        let padded = label + String(repeating: " ", count: max(0, labelWidth - Self.width(label)))
        let shown = VisibleText.escape("\(matter) \(name)" + (detail.map { separator + $0 } ?? ""))
        return "  " + paint("\(mark) \(padded)", code) + " " + shown + "\n"
    }

    /// The width of the widest change label, so matter ids line up.
    private var labelWidth: Int {
        let words = DiffWording(language: language)
        return [words.added, words.removed, words.changed, words.moved, words.renamedFile].map(Self.width).max() ?? 0
    }

    private static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + TextWidth.of($1) }
    }

    private func changeLines(_ change: MatterChange, _ words: DiffWording) -> String {
        var out = line("~", words.changed, change.matter, change.name, words.fields(change), "33")
        let indent = String(repeating: " ", count: 5 + labelWidth)
        for detail in words.details(change) { out += indent + VisibleText.escape(detail) + "\n" }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
