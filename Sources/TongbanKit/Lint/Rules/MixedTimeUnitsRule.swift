/// A time limit in one unit against a limit in the other that may or may not be longer.
///
/// Its findings are made by `inconsistent-time-limit` and `inconsistent-step-time`, which share
/// `TimeLimitComparison`: what is surely longer is their error, what the calendar decides is this
/// warning.
struct MixedTimeUnitsRule: Rule {
    static let description = RuleDescription(
        id: .mixedTimeUnits,
        summary: Message(
            zh: "工作日与自然日混用，无法确定承诺是否长于时限",
            en: "工作日 and 自然日 mixed so that it cannot be told whether a promise is longer than its limit"),
        rationale: Message(
            zh: "一个工作日至少是一个自然日；N 个工作日最多跨 N+2⌈N/5⌉ 个自然日（每满或不满五个工作日有一个周末，即 N 的 7/5 按整周向上取），再加每年（不足一年按一年）\(Duration.holidayAllowancePerYear) 天的节假日余量（法定节假日 13 天，调休最多 8 天）。自然日承诺超过这个上限的，肯定更长，报 inconsistent-time-limit；介于两者之间的取决于日历，报本警告并写明两个时限，请统一单位。",
            en: "A working day is at least one calendar day; N working days span at most N+2⌈N/5⌉ calendar days (a weekend for every five working days or part of five: 7/5 of N rounded up to whole weeks) plus \(Duration.holidayAllowancePerYear) days of public holidays for every year or part of a year (13 days of 法定节假日 and up to 8 of 调休). A calendar-day promise above that is surely longer and is inconsistent-time-limit; one in between depends on the calendar and is this warning, naming both limits: write both in one unit."),
        nonTriggering: [
            // 5 working days span at most 7 + 21 calendar days: never longer than 60.
            Example("matters/shebaoka.yaml", ExampleRegistry.matter
                .replacingOccurrences(of: "statutory: 20个工作日", with: "statutory: 60个自然日")),
        ],
        triggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter
                .replacingOccurrences(of: "promised: 5个工作日", with: "promised: ↓30个自然日")),
        ])
}

/// How a promise compares with the limit it must keep, in the words of both rules.
enum TimeLimitComparison {
    /// The finding for `longer` against `limit`, if any: an error of `rule` when `longer` is
    /// surely longer, a `mixed-time-units` warning when the calendar decides, nothing otherwise.
    static func finding(
        _ longer: Duration, against limit: Duration, rule: RuleID, file: String, range: SourceRange,
        surelyLonger: Message, what: (zh: String, en: String), limitName: (zh: String, en: String)
    ) -> Diagnostic? {
        switch longer.compare(with: limit) {
        case .notLonger:
            return nil
        case .longer:
            return Diagnostic(file: file, range: range, rule: rule, message: withSpan(surelyLonger, longer, limit))
        case .undecided:
            return Diagnostic(file: file, range: range, rule: .mixedTimeUnits, message: undecided(longer, limit, what: what, limitName: limitName))
        }
    }

    /// The span of the working-day side, when the units differ.
    private static func withSpan(_ message: Message, _ a: Duration, _ b: Duration) -> Message {
        guard let working = workingDays(a, b) else { return message }
        let span = Duration.calendarSpan(ofWorkingDays: working)
        return Message(
            zh: message.zh + "（\(working)个工作日最多 \(span) 个自然日，含节假日余量）",
            en: message.en + " (\(working) working days span at most \(span) calendar days, holidays allowed for)")
    }

    private static func undecided(_ a: Duration, _ b: Duration, what: (zh: String, en: String), limitName: (zh: String, en: String)) -> Message {
        let working = workingDays(a, b) ?? 0
        let span = Duration.calendarSpan(ofWorkingDays: working)
        return Message(
            zh: "\(what.zh) \(a) 与\(limitName.zh) \(b) 单位不同，无法确定是否更长：\(working)个工作日相当于 \(working) 至 \(span) 个自然日（含节假日余量）；请统一单位",
            en: "\(what.en) \(a) and the \(limitName.en) \(b) are in different units, so it cannot be told whether it is longer: \(working) working days are \(working) to \(span) calendar days (holidays allowed for); write both in one unit")
    }

    /// The number of working days when exactly one of the two limits is in working days.
    private static func workingDays(_ a: Duration, _ b: Duration) -> Int? {
        guard case .days(let n, let ua) = a, case .days(let m, let ub) = b, ua != ub else { return nil }
        return ua == .working ? n : m
    }
}
