/// Anchors and aliases.
struct YAMLAliasRule: Rule {
    static let description = RuleDescription(
        id: .yamlAlias,
        summary: Message(zh: "使用了锚点或别名", en: "anchors and aliases"),
        rationale: Message(zh: "标准要完整写出，读者和比对工具才能逐项看到；别名也会被用来制造“别名炸弹”。", en: "Standards are written out in full so readers and diffs see every element; aliases also enable alias bombs."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nbasis: ↓&b [x]\nsources: ↓*b\n")])
}
