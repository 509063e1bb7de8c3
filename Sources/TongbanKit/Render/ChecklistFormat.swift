/// The formats a checklist is printed in.
public enum ChecklistFormat: String, Sendable, CaseIterable {
    case html
    case markdown
    case text

    /// The format a file name asks for by its extension (`.md` → markdown), if any.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            self = .html
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".txt") {
            self = .text
        } else {
            return nil
        }
    }

    /// `checklist` in this format.
    public func render(_ checklist: Checklist) -> String {
        switch self {
        case .html: HTMLChecklistRenderer.render(checklist)
        case .markdown: MarkdownChecklistRenderer.render(checklist)
        case .text: TextChecklistRenderer.render(checklist)
        }
    }

    /// `booklet` in this format.
    public func render(_ booklet: ChecklistBooklet) -> String {
        switch self {
        case .html: HTMLChecklistRenderer.render(booklet)
        case .markdown: MarkdownChecklistRenderer.render(booklet)
        case .text: TextChecklistRenderer.render(booklet)
        }
    }
}
