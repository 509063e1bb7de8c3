/// Phone numbers in canonical form: `0AAA-NNNNNNN`, a five-digit hotline, or a mobile number.
public enum PhoneNumber {
    public static func canonical(_ raw: String) -> String? {
        // Only ASCII digits and hyphens: nothing below would change the text, and splitting the
        // bytes gives the same parts as splitting the characters.
        if raw.utf8.allSatisfy({ isDigitByte($0) || $0 == UInt8(ascii: "-") }) {
            let parts = raw.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
            return canonical(parts: parts)
        }
        var text = TextNormalizer.normalize(raw).halfWidthDigits.replacingScalars { $0 == "－" || $0 == "—" ? "-" : $0 }
        // (0632)6616276 and 0632 6616276 are written 0632-6616276.
        if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
            text = String(text[text.index(after: text.startIndex)..<close]) + "-" + String(text[text.index(after: close)...])
        }
        text = text.replacingScalars { $0 == " " ? "-" : $0 }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return canonical(parts: parts)
    }

    /// The canonical number made of non-empty runs of ASCII digits.
    private static func canonical(parts: [String]) -> String? {
        switch parts.count {
        case 1:
            let p = parts[0]
            if p.count == 5 || (p.count == 11 && p.hasPrefix("1")) { return p }
            return nil
        case 2:
            let (area, local) = (parts[0], parts[1])
            guard area.hasPrefix("0"), !area.hasPrefix("00"), (3...4).contains(area.count), (5...8).contains(local.count) else { return nil }
            return area + "-" + local
        default:
            return nil
        }
    }
}

extension String {
    /// The string with each Unicode scalar replaced by `transform`'s result (itself if unchanged).
    func replacingScalars(_ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: unicodeScalars.map(transform))
        return String(out)
    }
}
