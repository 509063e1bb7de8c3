/// Keys the schema does not have.
struct UnknownKeyRule: Rule {
    static let description = RuleDescription(
        id: .unknownKey,
        summary: Message(zh: "结构中没有的键（附近似建议）", en: "a key the schema does not have (with a did-you-mean)"),
        rationale: Message(zh: "拼错的键会被悄悄忽略，标准因此缺项。", en: "A misspelt key would be silently ignored and the standard would lack it."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nsources: [x]\n↓naem: 示例\nmaterials:\n  - name: 居民身份证\n    ↓colour: 红\n")])
}
