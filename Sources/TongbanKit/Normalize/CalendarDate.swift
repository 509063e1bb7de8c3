/// A calendar date without time, written `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2020-12-31`, `2020-1-5`, `2020/12/31`, `2020.12.31`, `2020年12月31日`,
    /// `２０２０－１２－３１` and `二〇二〇年十二月三十一日`.
    public init?(parsing raw: String) {
        let text = TextNormalizer.normalizeCode(raw)
        if let chinese = Self.chineseFields(text) {
            self.init(year: chinese.0, month: chinese.1, day: chinese.2)
            return
        }
        let separators: Set<Character> = ["-", "/", ".", "年", "月", "日"]
        let fields = text.split(whereSeparator: { separators.contains($0) }).map(String.init)
        let lastOK = text.last.map { $0.isASCIIDigit || $0 == "日" } ?? false
        guard fields.count == 3, lastOK, fields[0].count == 4,
              fields.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]),
              fields[1].count <= 2, fields[2].count <= 2 else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `二〇二〇年十二月三十一日`: a positional year, then month and day as numerals.
    private static func chineseFields(_ text: String) -> (Int, Int, Int)? {
        guard text.hasSuffix("日"), let nian = text.firstIndex(of: "年"), let yue = text.firstIndex(of: "月"), nian < yue else { return nil }
        let yearText = String(text[..<nian])
        let monthText = String(text[text.index(after: nian)..<yue])
        let dayText = String(text[text.index(after: yue)..<text.index(before: text.endIndex)])
        guard yearText.count == 4, let y = ChineseNumeral.digits(of: yearText),
              let m = ChineseNumeral.value(of: monthText), let d = ChineseNumeral.value(of: dayText) else { return nil }
        return (y, m, d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
