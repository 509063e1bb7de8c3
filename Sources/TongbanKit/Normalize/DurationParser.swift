/// Reads every documented spelling of a duration: `5个工作日`, `五个工作日`, `5 个工作日`,
/// `5工作日`, `即办` and its alias `即时办结`.
public enum DurationParser {
    public static func parse(_ raw: String) -> Duration? {
        if let canonical = parseCanonical(raw) { return canonical }
        let text = String(TextNormalizer.normalize(raw).unicodeScalars.filter { !TextNormalizer.isWhitespace($0) })
            .halfWidthDigits
        if text == "即办" || text == "即时办结" { return .immediate }
        for unit in Duration.DayUnit.allCases where text.hasSuffix(unit.rawValue) {
            var number = String(text.dropLast(unit.rawValue.count))
            if number.hasSuffix("个") { number.removeLast() }
            guard let n = Int(number, radix: 10) ?? ChineseNumeral.value(of: number), n >= 0, n <= 100_000 else {
                return nil
            }
            return .days(n, unit)
        }
        return nil
    }

    private static let ge = Array("个".utf8)
    private static let units = Duration.DayUnit.allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The canonical spelling, `N个工作日` / `N个自然日` with 1 to 6 ASCII digits, read from the
    /// bytes; nil for anything else (which the general path then reads to the same result).
    private static func parseCanonical(_ raw: String) -> Duration? {
        let bytes = raw.utf8
        var n = 0
        var digits = 0
        var index = bytes.startIndex
        while index != bytes.endIndex, isDigitByte(bytes[index]), digits < 6 {
            n = n * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            index = bytes.index(after: index)
        }
        guard digits > 0, n <= 100_000 else { return nil }
        let rest = bytes[index...]
        guard rest.starts(with: ge) else { return nil }
        let unitBytes = rest.dropFirst(ge.count)
        for (unit, value) in units where unitBytes.elementsEqual(unit) { return .days(n, value) }
        return nil
    }
}

/// Chinese numerals from 零 to 九千九百九十九 (五, 十二, 二十, 九十九, 一百二十).
public enum ChineseNumeral {
    private static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    public static func value(of text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var current: Int?
        var lastUnit = Int.max
        for ch in text {
            if let d = digits[ch] {
                current = d
            } else if let u = units[ch] {
                guard u < lastUnit else { return nil }
                total += (current ?? 1) * u
                current = nil
                lastUnit = u
            } else {
                return nil
            }
        }
        return total + (current ?? 0)
    }
}

extension String {
    /// Full-width digits `０`–`９` replaced by ASCII digits.
    var halfWidthDigits: String {
        guard unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30) ?? s : s
        }))
    }
}
