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
        switch (self, other) {
        case (.immediate, _): return false
        case (.days(let n, _), .immediate): return n > 0
        case (.days(let a, let ua), .days(let b, let ub)):
            if ua == ub { return a > b }
            // A working day is never shorter than a calendar day, so some mixed cases are certain.
            if ua == .working && ub == .calendar && a > b { return true }
            if ua == .calendar && ub == .working && a <= b { return false }
            return nil
        }
    }
}
