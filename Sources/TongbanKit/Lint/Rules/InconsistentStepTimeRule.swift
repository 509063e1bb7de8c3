/// Process steps whose times add up to more than the time promised.
struct InconsistentStepTimeRule: RegistryRule {
    static let description = RuleDescription(
        id: .inconsistentStepTime,
        summary: Message(
            zh: "各环节时限合计长于承诺时限（标准的或地区的）",
            en: "step times that add up to more than the promised time (the standard's or a region's)"),
        rationale: Message(
            zh: "各环节时限是对承诺时限的分解，合计不能超出承诺；未写时限的环节不计入；各环节单位不同时不合计，合计与承诺单位不同时按 mixed-time-units 的换算比较。",
            en: "Step times divide the promise among the places, so together they cannot exceed it; steps without a time count as nothing; steps in different units are not added up, and a sum in the other unit than the promise is compared as mixed-time-units says."),
        nonTriggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "多地联办", process: JointHandlingRule.ownedSteps)),
        ],
        triggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter(modes: "多地联办", process: JointHandlingRule.ownedSteps
                .replacingOccurrences(of: "time: 2个工作日", with: "time: 6个工作日"))
                .replacingOccurrences(of: "promised: 5个工作日", with: "promised: ↓5个工作日")),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        var totals: [String: Duration] = [:]
        for matter in registry.matters {
            guard let total = total(of: matter.process) else { continue }
            totals[matter.id] = total
            if let text = matter.timeLimit?.promised, let promised = matter.timeLimit?.promisedDuration,
               let finding = finding(total, promised, file: "matters/\(matter.id).yaml", range: text.range, local: false) {
                report.append(finding)
            }
        }
        guard !totals.isEmpty else { return }
        for index in registry.implementations.indices {
            guard let text = registry.implementations[index].promised, let total = totals[registry.implementations[index].matterID],
                  let local = DurationParser.parse(text.value) else { continue }
            let file = "regions/\(registry.implementations[index].division)/\(registry.implementations[index].matterID).yaml"
            if let finding = finding(total, local, file: file, range: text.range, local: true) { report.append(finding) }
        }
    }

    /// The sum of the step times written, when there are some and they share one unit (即办 counts
    /// as none); nil otherwise.
    static func total(of steps: [ProcessStep]) -> Duration? {
        var days = 0
        var unit: Duration.DayUnit?
        var timed = false
        for step in steps {
            guard let duration = step.duration else { continue }
            timed = true
            guard case .days(let n, let u) = duration else { continue }
            if let unit, unit != u { return nil }
            unit = u
            days += n
            if days > Duration.maxDays { return nil }
        }
        guard timed else { return nil }
        return unit.map { .days(days, $0) } ?? .immediate
    }

    /// The finding for step times adding up to `total` against `promised`: the comparison of
    /// `inconsistent-time-limit`, across units too.
    static func finding(_ total: Duration, _ promised: Duration, file: String, range: SourceRange, local: Bool) -> Diagnostic? {
        TimeLimitComparison.finding(
            total, against: promised, rule: .inconsistentStepTime, file: file, range: range,
            surelyLonger: longer(total, promised, local: local),
            what: (zh: "各环节时限合计", en: "the step times' sum"),
            limitName: local ? (zh: "本地承诺时限", en: "local promised time") : (zh: "承诺时限", en: "promised time"))
    }

    // MARK: - Messages

    static func longer(_ total: Duration, _ promised: Duration, local: Bool) -> Message {
        Message(
            zh: "各环节时限合计 \(total)，长于\(local ? "本地" : "")承诺时限 \(promised)",
            en: "the step times add up to \(total), more than the \(local ? "local " : "")promised \(promised)")
    }
}
