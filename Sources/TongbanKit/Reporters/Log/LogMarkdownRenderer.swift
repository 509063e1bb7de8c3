/// `tongban log --format markdown`: a table, newest first, for an issue or a review; every
/// value goes through `MarkdownText`, commit ids and matter ids in code spans.
public struct LogMarkdownRenderer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private var zh: Bool { language == .zh }

    public func render(_ log: MatterLog) -> String {
        let say = LogWording(language: language)
        let e = MarkdownText.escape
        var out = "## " + e(say.title(log)) + "\n\n"
        guard !log.entries.isEmpty else { return out + e(say.empty) + "\n" }
        out += zh ? "| 提交 | 日期 | 作者 | 事项 | 变化 | 业务主管部门 · 标准责任单位 |\n" : "| commit | date | author | matter | change | department · maintainer |\n"
        out += "|---|---|---|---|---|---|\n"
        for entry in log.entries {
            var change = [e(say.kind(entry))]
            if entry.kind == .changed, let c = entry.change { change = [e((zh ? "标准调整：" : "standard changed: ") + say.fields(c))] }
            else if let c = entry.change { change.append(e((zh ? "标准调整：" : "standard changed: ") + say.fields(c))) }
            if let c = entry.change { change += say.diff.details(c).map(e) }
            if let x = entry.exemption { change.append(e(say.exemption(x))) }
            change += entry.lists.map { e(say.listsHeading + say.event($0)) }
            let responsible = [entry.department, entry.maintainer].compactMap { $0 }.map(e).joined(separator: " · ")
            out += "| " + MarkdownText.code(String(entry.commit.prefix(12))) + " | " + say.day(entry.date) + " | " + e(entry.author)
                + " | " + MarkdownText.code(entry.matter) + " " + e(entry.name) + " | " + change.joined(separator: "<br>") + " | " + responsible + " |\n"
        }
        return out
    }

    public func render(_ log: ListLog) -> String {
        let say = LogWording(language: language)
        let e = MarkdownText.escape
        var out = "## " + e(say.title(log)) + "\n\n"
        guard !log.entries.isEmpty else { return out + e(say.empty) + "\n" }
        out += zh ? "| 提交 | 日期 | 作者 | 变化 |\n" : "| commit | date | author | change |\n"
        out += "|---|---|---|---|\n"
        for entry in log.entries {
            out += "| " + MarkdownText.code(String(entry.commit.prefix(12))) + " | " + say.day(entry.date) + " | " + e(entry.author)
                + " | " + say.listEntryLines(entry).map(e).joined(separator: "<br>") + " |\n"
        }
        return out
    }
}
