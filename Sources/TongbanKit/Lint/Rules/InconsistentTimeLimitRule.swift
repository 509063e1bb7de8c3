/// Promised time limits longer than they may be.
struct InconsistentTimeLimitRule: RegistryRule {
    static let description = RuleDescription(
        id: .inconsistentTimeLimit,
        summary: Message(zh: "承诺时限长于法定时限；地区承诺长于标准承诺", en: "promised longer than statutory; an implementation promising longer than the standard"),
        rationale: Message(
            zh: "承诺时限是对法定时限的压缩，地区只能在标准之上进一步提速。工作日与自然日之间按最保守的换算比较（见 mixed-time-units）：肯定更长的才报本错误。",
            en: "A promise shortens the statutory limit; a region may only be faster than the standard. 工作日 and 自然日 are compared conservatively (see mixed-time-units): only what is surely longer is this error."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\ntime_limit:\n  statutory: 5个工作日\n  promised: ↓20个工作日\nsources: [x]\n"),
            Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\npromised: ↓10个工作日\nsources: [示例]\n"),
            // 5 working days span at most 7 calendar days and 21 of holidays: 60 is surely longer.
            Example("regions/370481/shebaoka.yaml", "agency: 滕州市行政审批服务局\npromised: ↓60个自然日\nsources: [示例]\n"),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        var standard: [String: (Duration, String)] = [:]
        for matter in registry.matters {
            guard let limit = matter.timeLimit else { continue }
            if let promised = limit.promisedDuration, let statutory = limit.statutoryDuration, let promisedText = limit.promised,
               let finding = TimeLimitComparison.finding(
                promised, against: statutory, rule: .inconsistentTimeLimit, file: "matters/\(matter.id).yaml", range: promisedText.range,
                surelyLonger: Message(zh: "承诺时限 \(promised) 长于法定时限 \(statutory)", en: "promised time \(promised) is longer than the statutory \(statutory)"),
                what: (zh: "承诺时限", en: "the promised time"), limitName: (zh: "法定时限", en: "statutory")) {
                report.append(finding)
            }
            if let promised = limit.promisedDuration {
                standard[matter.id] = (promised, "承诺")
            } else if let statutory = limit.statutoryDuration {
                standard[matter.id] = (statutory, "法定")
            }
        }
        for index in registry.implementations.indices {
            // Read the two fields in place: copying each implementation retains all of its text.
            guard let text = registry.implementations[index].promised, let local = DurationParser.parse(text.value),
                  let (limit, kind) = standard[registry.implementations[index].matterID] else { continue }
            let enKind = kind == "承诺" ? "promised" : "statutory"
            let file = "regions/\(registry.implementations[index].division)/\(registry.implementations[index].matterID).yaml"
            if let finding = TimeLimitComparison.finding(
                local, against: limit, rule: .inconsistentTimeLimit, file: file, range: text.range,
                surelyLonger: Message(zh: "本地承诺时限 \(local) 长于标准的\(kind)时限 \(limit)", en: "local promised time \(local) is longer than the standard's \(enKind) \(limit)"),
                what: (zh: "本地承诺时限", en: "the local promised time"), limitName: (zh: "标准的\(kind)时限", en: "standard's \(enKind)")) {
                report.append(finding)
            }
        }
    }
}
