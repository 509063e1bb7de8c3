/// The same key twice in one mapping.
struct DuplicateKeyRule: Rule {
    static let description = RuleDescription(
        id: .duplicateKey,
        summary: Message(zh: "同一映射中键重复", en: "the same key twice in one mapping"),
        rationale: Message(zh: "不同工具对重复键取值不同，同一标准会被读成不同内容。", en: "Tools disagree on which duplicate wins, so one standard would be read differently."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: 示例\nstatus: 草稿\n↓name: 示例二\nsources: [x]\n↓name: 示例三\n")])
}
