/// A value of the wrong shape.
struct InvalidTypeRule: Rule {
    static let description = RuleDescription(
        id: .invalidType,
        summary: Message(zh: "值的类型不对：需要列表处写了映射、需要文本处写了列表……", en: "a mapping where a list is wanted, a list where text is wanted, …"),
        rationale: Message(zh: "结构不对的值无法按标准读取。", en: "A value of the wrong shape cannot be read as the standard says."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: ↓[示例]\nstatus: 草稿\nsources: ↓x\nvisits: ↓\"0\"\n")])
}
