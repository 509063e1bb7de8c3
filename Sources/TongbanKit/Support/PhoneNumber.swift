/// Phone numbers in canonical form: `0AAA-NNNNNNN`, a five-digit hotline, or a mobile number.
///
/// Accepted spellings: full-width digits and dashes, `(0632)6616276`, `（0632）6616276`,
/// `0632 6616276`, `0632—661-6276`, `+86 632 6616276`, `138 0000 0000`.
public enum PhoneNumber {
    private static let dashes = ["—", "–", "‐", "‑", "−", "―", "－"]

    public static func canonical(_ raw: String) -> String? {
        var text = TextNormalizer.normalizeCode(raw)
        for dash in dashes { text = text.replacingOccurrences(of: dash, with: "-") }
        var international = false
        for prefix in ["+86", "0086"] where text.hasPrefix(prefix) {
            international = true
            text = String(text.dropFirst(prefix.count)).trimmingSeparators()
        }
        // (0632)6616276 and (0632) 6616276 are written 0632-6616276.
        if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
            let area = text[text.index(after: text.startIndex)..<close]
            text = String(area) + "-" + String(text[text.index(after: close)...]).trimmingSeparators()
        }
        text = text.replacingOccurrences(of: " ", with: "-")
        var parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let joined = parts.joined()
        if joined.count == 11 && joined.hasPrefix("1") && !parts[0].hasPrefix("0") { return joined }
        if international { parts[0] = "0" + parts[0] }
        if parts.count == 1 {
            return joined.count == 5 && !international ? joined : nil
        }
        let area = parts[0]
        let local = parts.dropFirst().joined()
        guard area.hasPrefix("0"), !area.hasPrefix("00"), (3...4).contains(area.count), (5...8).contains(local.count) else { return nil }
        return area + "-" + local
    }
}

extension String {
    /// Without leading and trailing spaces and dashes.
    fileprivate func trimmingSeparators() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "-" { s.removeFirst() }
        while let l = s.last, l == " " || l == "-" { s.removeLast() }
        return String(s)
    }
}
