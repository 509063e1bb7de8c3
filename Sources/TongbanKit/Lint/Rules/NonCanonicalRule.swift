/// Valid values not written in canonical form.
struct NonCanonicalRule: Rule {
    static let description = RuleDescription(
        id: .nonCanonical,
        summary: Message(zh: "取值有效但不是规范写法（可由 tongban fmt 修正）", en: "a value that is valid but not in normalized form (fixed by tongban fmt)"),
        rationale: Message(zh: "同一含义只用一种写法，比对和统计才不会把相同标准当成不同。", en: "One spelling per meaning, so diffs and reports never mistake the same standard for a different one."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nmodes: [↓收受分离]\ntime_limit:\n  statutory: ↓5 个工作日\nsources: [x]\n")])

    static func message(_ original: String, _ canonical: String) -> Message {
        Message(zh: "“\(original)”的规范写法是“\(canonical)”（tongban fmt 可修正）", en: "“\(original)” → “\(canonical)” (tongban fmt fixes it)")
    }
}
