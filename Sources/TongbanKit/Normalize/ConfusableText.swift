/// Characters that a person cannot see or that change what is shown without being shown:
/// NUL and the other C0 controls (tab and line feed excepted: they are layout), DEL, the C1
/// controls, the bidirectional marks, overrides and isolates, and the zero-width and other
/// invisible format characters. In a standard they only ever hide something: a name with a
/// zero-width space looks exactly like another matter's name.
public enum ConfusableText {
    /// Whether `scalar` is invisible or a control character in text.
    /// The same characters that `VisibleText` escapes in output, less tab and line feed.
    public static func isConfusable(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar != "\n" && VisibleText.isUnsafe(scalar)
    }

    /// The first confusable scalar of `text` and its 1-based position in the value, or nil.
    public static func first(in text: String) -> (position: Int, scalar: Unicode.Scalar)? {
        // Every confusable scalar is a control byte or starts with one of these lead bytes
        // (Chinese text starts with E3–E9), so almost every value is cleared by one byte scan.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE1 || $0 == 0xE2 || $0 == 0xEF }) else {
            return nil
        }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isConfusable(scalar) {
            return (offset + 1, scalar)
        }
        return nil
    }

    /// `text` without its confusable scalars: what a reader sees.
    public static func stripped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isConfusable) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isConfusable($0) }))
    }

    /// The character's code and its name, as a reader can look it up.
    static func describe(_ scalar: Unicode.Scalar) -> (zh: String, en: String) {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        let (zh, en): (String, String) = switch scalar.value {
        case 0x00: ("空字符 NUL", "NUL")
        case 0x200B: ("零宽空格", "zero-width space")
        case 0x200C: ("零宽非连接符", "zero-width non-joiner")
        case 0x200D: ("零宽连接符", "zero-width joiner")
        case 0x200E, 0x200F, 0x061C: ("方向标记", "direction mark")
        case 0x202A...0x202E: ("双向文本覆盖符", "bidirectional override")
        case 0x2066...0x2069: ("双向文本隔离符", "bidirectional isolate")
        case 0xFEFF: ("零宽不换行空格（BOM）", "zero-width no-break space (BOM)")
        case 0x00AD: ("软连字符", "soft hyphen")
        case 0x2060...0x2064, 0x180E: ("不可见格式字符", "invisible format character")
        default: ("控制字符", "control character")
        }
        return ("\(code)（\(zh)）", "\(code) (\(en))")
    }

    /// The finding for a value holding `scalar` at `position`.
    public static func message(_ scalar: Unicode.Scalar, at position: Int) -> Message {
        let name = describe(scalar)
        return Message(
            zh: "文本的第 \(position) 个字符是看不见的 \(name.zh)，会让相同的文字看起来不同或不同的文字看起来相同；请删除",
            en: "character \(position) of the text is an invisible \(name.en), which makes equal text look different or different text look equal; remove it")
    }

    /// The finding for a matter whose name looks like `other`'s once invisible characters are removed.
    public static func lookAlikeMessage(_ name: String, other: String, otherName: String) -> Message {
        Message(
            zh: "事项名称“\(stripped(name))”去掉不可见字符后与事项 \(other)（“\(stripped(otherName))”）相同",
            en: "the matter name “\(stripped(name))” is the same as that of matter \(other) (“\(stripped(otherName))”) once invisible characters are removed")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
