/// Reads every documented spelling of a duration: `5个工作日`, `五个工作日`, `5 个工作日`,
/// `5工作日`, `５个工作日`, `5个工作日内`, and `即办` with the aliases of `Vocabulary.immediate`
/// (`即时办结`, `当场办结`, …). The `{days: 5, unit: 工作日}` mapping is read by the schema validator.
public enum DurationParser {
    ///
    /// `0个工作日` is no time limit (a same-day limit is `即办`): nil, as for any other text that
    /// is no duration; `readsAsZeroDays` tells it apart for the finding.
    public static func parse(_ raw: String) -> Duration? {
        if let duration = parseCanonical(raw) { return duration }
        return parseInFull(raw)
    }

    /// `parse` without the shortcut for the canonical spelling.
    static func parseInFull(_ raw: String) -> Duration? {
        guard let duration = read(raw), duration != .days(0, .working), duration != .days(0, .calendar) else { return nil }
        return duration
    }

    /// Whether `raw` is a duration of zero days (`0个工作日`, `零个自然日`).
    static func readsAsZeroDays(_ raw: String) -> Bool {
        if case .days(0, _)? = read(raw) { return true }
        return false
    }

    /// The number of days in the number part of a duration (`5`, `五`, `二十`, `５`, `0`) as the
    /// text form reads it; nil for anything else. The `{days, unit}` mapping reads `days` with it.
    public static func days(_ raw: String) -> Int? {
        guard !raw.contains("个"), !raw.contains(Duration.DayUnit.working.rawValue),
              case .days(let n, _)? = read(raw + Duration.DayUnit.working.rawValue) else { return nil }
        return n
    }

    /// Every spelling read, zero days included.
    private static func read(_ raw: String) -> Duration? {
        var text = String(TextNormalizer.normalize(raw).unicodeScalars.filter { !$0.properties.isWhitespace })
        if Vocabulary.immediate.canonical(text) != nil { return .immediate }
        // 5个工作日内: "within five working days" is the same limit.
        if text.hasSuffix("内") { text.removeLast() }
        for unit in Duration.DayUnit.allCases where text.hasSuffix(unit.rawValue) {
            var number = String(text.dropLast(unit.rawValue.count))
            if number.hasSuffix("个") { number.removeLast() }
            let isDecimal = !number.isEmpty && number.allSatisfy(\.isASCIIDigit)
            guard let n = isDecimal ? Int(number, radix: 10) : ChineseNumeral.value(of: number), n >= 0, n <= Duration.maxDays else {
                return nil
            }
            return .days(n, unit)
        }
        return nil
    }

    /// The UTF-8 bytes of `个`, and of each unit.
    private static let ge = Array("个".utf8)
    private static let units = Duration.DayUnit.allCases.map { (bytes: Array($0.rawValue.utf8), unit: $0) }

    /// `N个工作日` or `N个自然日` with 1 to 6 ASCII digits and N from 1 to `Duration.maxDays`, read from the
    /// bytes. Nil for anything else, which `parseInFull` reads (to the same result for these).
    static func parseCanonical(_ raw: String) -> Duration? {
        raw.utf8.withContiguousStorageIfAvailable { bytes -> Duration? in
            var n = 0
            var i = 0
            while i < bytes.count, i < 6, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
                n = n * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                i += 1
            }
            guard i > 0, n >= 1, n <= Duration.maxDays else { return nil }
            let rest = bytes[i...]
            guard rest.starts(with: ge) else { return nil }
            let unitBytes = rest.dropFirst(ge.count)
            for (bytes, unit) in units where unitBytes.elementsEqual(bytes) { return .days(n, unit) }
            return nil
        } ?? nil
    }
}

extension String {
    /// Full-width digits `０`–`９` replaced by ASCII digits.
    var halfWidthDigits: String {
        String(String.UnicodeScalarView(unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30) ?? s : s
        }))
    }
}
