/// Chinese numerals from 零 to 九千九百九十九, as written in time limits and dates:
/// `五`, `十二`, `二十`, `九十九`, `两`, `一百零五`, and positional digit strings (`二〇二一`)
/// through `digits(of:)`.
public enum ChineseNumeral {
    private static let digitValues: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let unitValues: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// The value of a numeral written with units (`二十五`), or nil when it is not one.
    ///
    /// A leading `十` stands for 一十 (other units need their digit); `零` may only bridge a skipped unit (`一百零五`); a bare
    /// digit after 百 or 千 (`一百五`, colloquially 150) is refused rather than guessed.
    public static func value(of text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        if text == "零" || text == "〇" { return 0 }
        var total = 0
        var current: Int?
        var lastUnit = Int.max
        var bridged = false
        var previous: Character?
        for ch in text {
            defer { previous = ch }
            if ch == "零" || ch == "〇" {
                // Only between a unit and a smaller digit: 一百零五, 一千零二十.
                guard current == nil, total > 0, !bridged else { return nil }
                bridged = true
            } else if let d = digitValues[ch] {
                guard current == nil else { return nil }
                current = d
            } else if let u = unitValues[ch] {
                guard u < lastUnit else { return nil }
                guard current != nil || (u == 10 && previous == nil) else { return nil }
                total += (current ?? 1) * u
                current = nil
                bridged = false
                lastUnit = u
            } else {
                return nil
            }
        }
        if let current {
            // 一百五 is 150 in speech and 105 on paper: too ambiguous for a standard.
            if lastUnit >= 100 && lastUnit != Int.max && !bridged { return nil }
            total += current
        } else if bridged {
            return nil
        }
        return total
    }

    /// The value of a positional digit string such as the year `二〇二一`, or nil.
    public static func digits(of text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9 else { return nil }
        var n = 0
        for ch in text {
            guard ch != "两", let d = digitValues[ch] else { return nil }
            n = n * 10 + d
        }
        return n
    }
}
