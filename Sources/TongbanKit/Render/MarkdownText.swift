/// Escaping for values put into markdown, so a value can never become markup: no raw HTML
/// (`<script>` prints as text), no emphasis, link, table cell break, heading or list, and no
/// `@user` / `@org/team` mention (a zero-width joiner follows the `@`). Used for checklists and
/// for the diff posted as a pull-request comment, whose values and paths come from the registry.
enum MarkdownText {
    private static let backslashed: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "#", "~", "!"]

    /// `value` as literal markdown text on one line.
    static func escape(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.properties.generalCategory == .control || VisibleText.isUnsafe(scalar) { continue }
                if backslashed.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
                if scalar == "@" { out.unicodeScalars.append(mentionBreak) }
            }
        }
        // A value at the start of a line could open a list or a heading: `1. `, `- `, `+ `, `=`.
        if let first = out.unicodeScalars.first, ["-", "+", "="].contains(first) {
            out = "\\" + out
        }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = out.dropFirst(digits.count).first, next == "." || next == ")" {
            out = digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// Keeps an `@` from starting a mention on GitHub: `@` followed by this renders the same.
    static let mentionBreak: Unicode.Scalar = "\u{200D}"

    /// `value` as an inline code span on one line, whatever it holds: control and bidi
    /// characters written as `\u{…}` (a line break can never end the span or the table row),
    /// a fence longer than any run of backticks inside, and `|` escaped for a table cell.
    static func code(_ value: String) -> String {
        var text = VisibleText.escape(value).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        if text.hasPrefix("`") || text.hasSuffix("`") || text.isEmpty { text = " " + text + " " }
        return fence + text + fence
    }

    /// A web address as an autolink when that is safe, else as escaped text.
    static func link(_ url: String) -> String {
        let plain = url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "<" && $0 != ">" }
        return Checklist.isWebAddress(url) && plain ? "<\(url)>" : escape(url)
    }
}
