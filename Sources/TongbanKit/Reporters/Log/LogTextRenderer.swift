/// `tongban log` for a terminal: one block per commit, newest first — the commit, its date and
/// author, what changed in `diff`'s words, and who answered for the standard at that revision.
/// Registry text and git's author names are shown with control characters escaped.
public struct LogTextRenderer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ log: MatterLog) -> String {
        let say = LogWording(language: language)
        var out = VisibleText.escape(say.title(log)) + "\n"
        if log.entries.isEmpty { out += "\n" + say.empty + "\n" }
        for entry in log.entries {
            var lines = ["\(entry.commit.prefix(12))  \(say.day(entry.date))  \(entry.author) <\(entry.email)>  \(entry.matter) \(entry.name)"]
            var kind = say.kind(entry)
            if entry.kind == .changed, let change = entry.change { kind = (language == .zh ? "标准调整：" : "standard changed: ") + say.fields(change) }
            lines.append("  " + kind)
            if let change = entry.change {
                if entry.kind != .changed { lines.append("  " + (language == .zh ? "标准调整：" : "standard changed: ") + say.fields(change)) }
                lines += say.diff.details(change).map { "    " + $0 }
            }
            if let exemption = entry.exemption { lines.append("  " + say.exemption(exemption)) }
            for event in entry.lists { lines.append("  " + say.listsHeading + say.event(event)) }
            lines.append("  " + say.responsible(entry))
            out += "\n" + lines.map(VisibleText.escape).joined(separator: "\n") + "\n"
        }
        return out
    }

    public func render(_ log: ListLog) -> String {
        let say = LogWording(language: language)
        var out = VisibleText.escape(say.title(log)) + "\n"
        if log.entries.isEmpty { out += "\n" + say.empty + "\n" }
        for entry in log.entries {
            let lines = ["\(entry.commit.prefix(12))  \(say.day(entry.date))  \(entry.author) <\(entry.email)>  \(entry.name)"]
                + say.listEntryLines(entry).map { "  " + $0 }
            out += "\n" + lines.map(VisibleText.escape).joined(separator: "\n") + "\n"
        }
        return out
    }
}
