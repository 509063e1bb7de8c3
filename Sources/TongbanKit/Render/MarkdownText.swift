/// Escaping for values put into markdown, so a value can never become markup: no raw HTML
/// (`<script>` prints as text), no emphasis, link, table cell break, heading or list.
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
                if scalar.properties.generalCategory == .control { continue }
                if backslashed.contains(scalar) { out += "\\" }
                out.unicodeScalars.append(scalar)
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

    /// A web address as an autolink when that is safe, else as escaped text.
    static func link(_ url: String) -> String {
        let plain = url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "<" && $0 != ">" }
        return Checklist.isWebAddress(url) && plain ? "<\(url)>" : escape(url)
    }
}
