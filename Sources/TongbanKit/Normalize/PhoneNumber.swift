/// Phone numbers in canonical form: `0AAA-NNNNNNN`, a five-digit hotline, a mobile number, or
/// a 400 or 800 number `400-NNN-NNNN`; a landline, hotline or 400 number may have an extension
/// written `转NNNN` (`0632-6616276转8001`).
///
/// Accepted spellings: full-width digits and dashes, `(0632)6616276`, `（0632）6616276`,
/// `0632 6616276`, `0632—661-6276`, `+86 632 6616276`, `138 0000 0000`, `4001234567`,
/// `400 123 4567`; extensions after `转`, `分机`, `ext` or `ext.` with or without spaces
/// (`0632-6616276 分机 8001`, `0632-6616276 ext. 8001`).
public enum PhoneNumber {
    private static let dashes = ["—", "–", "‐", "‑", "−", "―", "－"]
    /// The words that introduce an extension, longest first.
    private static let extensionMarks = ["ext.", "ext", "分机", "转"]

    public static func canonical(_ raw: String) -> String? {
        if isCanonical(raw) { return raw }
        return canonicalInFull(raw)
    }

    /// `canonical` without the check for a number already in canonical form.
    static func canonicalInFull(_ raw: String) -> String? {
        let text = TextNormalizer.normalizeCode(raw)
        let lower = text.lowercased()
        for mark in extensionMarks {
            guard let at = lower.range(of: mark) else { continue }
            let base = String(lower[..<at.lowerBound]).trimmingSeparators()
            let digits = String(lower[at.upperBound...]).trimmingSeparators()
            guard (1...6).contains(digits.count), digits.allSatisfy(\.isASCIIDigit),
                  let number = number(base), !isMobile(number) else { return nil }
            return number + "转" + digits
        }
        return number(text)
    }

    private static func isMobile(_ canonical: String) -> Bool {
        canonical.count == 11 && canonical.hasPrefix("1") && canonical.allSatisfy(\.isASCIIDigit)
    }

    /// The canonical form of a number without an extension.
    private static func number(_ normalized: String) -> String? {
        var text = normalized
        // A dash can only be found where its scalar is (no other text is canonically equivalent to
        // one), and ASCII text has none of them.
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            for dash in dashes where text.unicodeScalars.contains(where: { dash.unicodeScalars.first == $0 }) {
                text = text.replacingOccurrences(of: dash, with: "-")
            }
        }
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
        if text.utf8.contains(UInt8(ascii: " ")) { text = text.replacingOccurrences(of: " ", with: "-") }
        var parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let joined = parts.joined()
        if joined.count == 11 && joined.hasPrefix("1") && !parts[0].hasPrefix("0") { return joined }
        if !international, joined.count == 10, joined.hasPrefix("400") || joined.hasPrefix("800") {
            let digits = Array(joined)
            return String(digits[0..<3]) + "-" + String(digits[3..<6]) + "-" + String(digits[6...])
        }
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

// MARK: - Already canonical

extension PhoneNumber {
    /// Whether `raw` is already one of the canonical forms, decided on its bytes:
    /// `0AAA-NNNNNNN` (an area code of 3 or 4 digits starting with one 0, 5 to 8 digits after the
    /// hyphen), five digits, or eleven digits starting with 1; never a `0086` prefix, which the
    /// general path reads as the country code. Such text is its own canonical form.
    static func isCanonical(_ raw: String) -> Bool {
        raw.utf8.withContiguousStorageIfAvailable(isCanonical(bytes:)) ?? false
    }

    private static func isCanonical(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hyphen: Int?
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "-") {
                guard hyphen == nil else { return false }
                hyphen = i
            } else if b < UInt8(ascii: "0") || b > UInt8(ascii: "9") {
                return false
            }
        }
        let startsWith0086 = bytes.count >= 4 && bytes[0] == UInt8(ascii: "0") && bytes[1] == UInt8(ascii: "0")
            && bytes[2] == UInt8(ascii: "8") && bytes[3] == UInt8(ascii: "6")
        guard let hyphen else {
            if bytes.count == 5 { return !startsWith0086 }
            return bytes.count == 11 && bytes[0] == UInt8(ascii: "1")
        }
        let local = bytes.count - hyphen - 1
        return (3...4).contains(hyphen) && bytes[0] == UInt8(ascii: "0") && bytes[1] != UInt8(ascii: "0") && (5...8).contains(local)
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
