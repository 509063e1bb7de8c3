/// A time limit: same-day (`即办`) or a number of working or calendar days.
public enum Duration: Sendable, Hashable, CustomStringConvertible {
    case immediate
    case days(Int, DayUnit)

    /// The most days a time limit may have, however it is written (about 274 years: any more is a typo).
    public static let maxDays = 100_000

    public enum DayUnit: String, Sendable, Hashable, CaseIterable {
        case working = "工作日"
        case calendar = "自然日"
    }

    /// The canonical text: `即办`, `5个工作日`, `20个自然日`.
    public var description: String {
        switch self {
        case .immediate: "即办"
        case .days(let n, let unit): "\(n)个\(unit.rawValue)"
        }
    }

    /// Whether `self` is certainly longer than `other`; nil when units differ and it cannot be told.
    public func isLonger(than other: Duration) -> Bool? {
        switch compare(with: other) {
        case .longer: true
        case .notLonger: false
        case .undecided: nil
        }
    }

    /// How two limits compare when one may be longer than the other.
    public enum Comparison: Sendable, Hashable {
        /// Longer however the days fall.
        case longer
        /// Never longer.
        case notLonger
        /// Working days against calendar days where the calendar decides.
        case undecided
    }

    /// Compares `self` with `other`, conservatively across units.
    ///
    /// A working day is at least one calendar day, and `n` working days span at most
    /// `calendarSpan(ofWorkingDays: n)` calendar days. So `n` 工作日 is surely longer than `m`
    /// 自然日 when `n > m` and surely not when that span is at most `m`; `m` 自然日 is surely
    /// longer than `n` 工作日 when `m` exceeds that span and surely not when `m <= n`. Everything
    /// in between depends on the calendar: `undecided`.
    public func compare(with other: Duration) -> Comparison {
        switch (self, other) {
        case (.immediate, _): return .notLonger
        case (.days(let n, _), .immediate): return n > 0 ? .longer : .notLonger
        case (.days(let a, let ua), .days(let b, let ub)):
            if ua == ub { return a > b ? .longer : .notLonger }
            if ua == .working {
                if a > b { return .longer }
                return Self.calendarSpan(ofWorkingDays: a) <= b ? .notLonger : .undecided
            }
            if a <= b { return .notLonger }
            return a > Self.calendarSpan(ofWorkingDays: b) ? .longer : .undecided
        }
    }

    /// Public holidays allowed for in each year, or part of a year, that working days span:
    /// the 13 days of 法定节假日 (《全国年节及纪念日放假办法》, 2024 revision) and up to 8 weekdays
    /// off through 调休 before the weekend worked in their place.
    public static let holidayAllowancePerYear = 21

    /// The most calendar days `n` working days can span: each started week of five working days
    /// brings a weekend (`n + 2⌈n/5⌉`, which is 7/5 of `n` rounded up to whole weeks), plus
    /// `holidayAllowancePerYear` for every year or part of a year that makes.
    public static func calendarSpan(ofWorkingDays n: Int) -> Int {
        guard n > 0 else { return 0 }
        let weeks = n + 2 * ((n + 4) / 5)
        return weeks + holidayAllowancePerYear * (weeks / 365 + 1)
    }
}
