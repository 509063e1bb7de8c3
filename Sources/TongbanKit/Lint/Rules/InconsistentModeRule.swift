/// 通办 modes that contradict the rest of the standard.
struct InconsistentModeRule: RegistryRule {
    static let description = RuleDescription(
        id: .inconsistentMode,
        summary: Message(zh: "全程网办却要求到现场；跨省或全省通办事项没有通办模式", en: "全程网办 with visits above 0; a 跨省通办 or 全省通办 matter with no mode"),
        rationale: Message(zh: "全程网办意味着零跑腿；通办事项必须说明以何种模式通办。", en: "全程网办 means no visit; a 通办 matter must say how it is handled anywhere."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter
            .replacingOccurrences(of: "visits: 0", with: "visits: ↓1"))])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        let wideLists = registry.lists.filter { $0.scope?.value == "全国" || $0.scope?.value == "全省" }
        var onWideList: Set<String> = []
        for list in wideLists { onWideList.formUnion(list.entries.map(\.matter.value)) }
        for matter in registry.matters {
            let file = "matters/\(matter.id).yaml"
            if let visits = matter.visits, visits.value > 0, matter.modes.contains(where: { $0.value == "全程网办" }) {
                report.append(Diagnostic(file: file, range: visits.range, rule: .inconsistentMode, message: Message(
                    zh: "通办模式含全程网办，到现场次数却为 \(visits.value)", en: "the modes include 全程网办 but visits is \(visits.value)")))
            }
            if !matter.isDraft, matter.modes.isEmpty, onWideList.contains(matter.id) {
                report.append(Diagnostic(file: file, range: .fileStart, rule: .inconsistentMode, message: Message(
                    zh: "跨省或全省通办事项没有通办模式（全程网办、代收代办、多地联办）", en: "a 跨省通办 or 全省通办 matter with no mode (全程网办, 代收代办, 多地联办)")))
            }
        }
    }
}
