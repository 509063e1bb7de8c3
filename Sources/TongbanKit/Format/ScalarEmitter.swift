import YAMLSource

/// Writes a value as the text of one YAML scalar that reads back as exactly that value.
///
/// The written style follows the original where it can: plain stays plain unless a plain
/// scalar would read differently (an indicator at the start, `: ` or ` #` inside, a YAML 1.1
/// bool/number/null/date the field does not accept, a character that needs escaping);
/// single-quoted stays single-quoted unless the text has a character only an escape can
/// write; double-quoted stays double-quoted. Block scalars become plain or double-quoted.
public enum ScalarEmitter {
    /// Where the scalar sits: flow collections (`[…]`, `{…}`) forbid more in plain scalars.
    public enum Context: Sendable {
        case block
        case flow
    }

    /// The scalar text for `value`.
    /// - Parameters:
    ///   - style: how the value was written before.
    ///   - plainReadingAccepted: whether a plain scalar YAML 1.1 reads as a non-string is still
    ///     meant as written in this field (`due: 2020-12-31`, `copies: 1`).
    public static func render(_ value: String, style: ScalarStyle, context: Context, plainReadingAccepted: Bool) -> String {
        switch style {
        case .plain, .literal, .folded:
            if isSafePlain(value, context: context, plainReadingAccepted: plainReadingAccepted) { return value }
            return doubleQuoted(value)
        case .singleQuoted:
            return value.unicodeScalars.allSatisfy(isPrintable) ? singleQuoted(value) : doubleQuoted(value)
        case .doubleQuoted:
            return doubleQuoted(value)
        }
    }

    /// The text of a new scalar: plain where that reads back as the same string, else
    /// double-quoted (what `import` writes into new and edited files).
    public static func scalar(_ value: String, context: Context) -> String {
        render(value, style: .plain, context: context, plainReadingAccepted: false)
    }

    // MARK: - Plain

    /// Characters that may not start a plain scalar (or that we never let start one).
    private static let leadingIndicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
    private static let flowIndicators: Set<Unicode.Scalar> = [",", "[", "]", "{", "}"]

    /// Whether `value` written plain reads back as the same string in this context.
    public static func isSafePlain(_ value: String, context: Context, plainReadingAccepted: Bool) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        guard !leadingIndicators.contains(first), !first.properties.isWhitespace, !last.properties.isWhitespace else { return false }
        guard value != "<<", value != "=", !value.hasPrefix("---"), !value.hasPrefix("...") else { return false }
        guard last != ":" else { return false }
        for (i, s) in scalars.enumerated() {
            guard isPrintable(s), s != "\u{FEFF}", s != "\t" else { return false }
            if s.properties.isWhitespace && s != " " { return false }
            if s == ":" {
                if context == .flow { return false }
                if i + 1 < scalars.count, scalars[i + 1] == " " { return false }
            }
            if s == "#" && i > 0 && scalars[i - 1] == " " { return false }
            if context == .flow && flowIndicators.contains(s) { return false }
        }
        let reading = YAML11Resolver.resolve(value)
        return reading == .string || plainReadingAccepted && reading != .null
    }

    // MARK: - Quoted

    /// `'…'` with `'` doubled. The text must be printable (see `isPrintable`).
    public static func singleQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `"…"` with `\`, `"`, control characters, line separators and other non-printable
    /// characters escaped.
    public static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for s in value.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0B}": out += "\\v"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{A0}": out += "\\_"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if isPrintable(s) && s != "\u{FEFF}" {
                    out.unicodeScalars.append(s)
                } else if s.value <= 0xFF {
                    out += "\\x" + hex(s.value, width: 2)
                } else if s.value <= 0xFFFF {
                    out += "\\u" + hex(s.value, width: 4)
                } else {
                    out += "\\U" + hex(s.value, width: 8)
                }
            }
        }
        return out + "\""
    }

    /// YAML's printable set without the line breaks: TAB, 0x20–0x7E, 0xA0–0xD7FF (minus the
    /// line and paragraph separators), 0xE000–0xFFFD, and the planes above.
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x20...0x7E: true
        case 0x2028, 0x2029: false
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
