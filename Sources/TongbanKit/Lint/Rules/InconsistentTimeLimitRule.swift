/// Promised time limits longer than they may be.
struct InconsistentTimeLimitRule: RegistryRule {
    static let description = RuleDescription(
        id: .inconsistentTimeLimit,
        summary: Message(zh: "承诺时限长于法定时限；地区承诺长于标准承诺", en: "promised longer than statutory; an implementation promising longer than the standard"),
        rationale: Message(zh: "承诺时限是对法定时限的压缩，地区只能在标准之上进一步提速。", en: "A promise shortens the statutory limit; a region may only be faster than the standard."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\ntime_limit:\n  statutory: 5个工作日\n  promised: ↓20个工作日\nsources: [x]\n"),
            Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\npromised: ↓10个工作日\nsources: [示例]\n"),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        var standard: [String: (Duration, String)] = [:]
        for matter in registry.matters {
            guard let limit = matter.timeLimit else { continue }
            if let promised = limit.promisedDuration, let statutory = limit.statutoryDuration, let promisedText = limit.promised,
               promised.isLonger(than: statutory) == true {
                report.append(Diagnostic(file: "matters/\(matter.id).yaml", range: promisedText.range, rule: .inconsistentTimeLimit, message: Message(
                    zh: "承诺时限 \(promised) 长于法定时限 \(statutory)", en: "promised time \(promised) is longer than the statutory \(statutory)")))
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
                  let (limit, kind) = standard[registry.implementations[index].matterID], local.isLonger(than: limit) == true else { continue }
            let enKind = kind == "承诺" ? "promised" : "statutory"
            report.append(Diagnostic(
                file: "regions/\(registry.implementations[index].division)/\(registry.implementations[index].matterID).yaml", range: text.range, rule: .inconsistentTimeLimit,
                message: Message(zh: "本地承诺时限 \(local) 长于标准的\(kind)时限 \(limit)", en: "local promised time \(local) is longer than the standard's \(enKind) \(limit)")))
        }
    }
}
