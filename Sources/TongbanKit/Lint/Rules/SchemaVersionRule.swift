/// A missing manifest or a schema newer than this tongban.
struct SchemaVersionRule: Rule {
    static let description = RuleDescription(
        id: .schemaVersion,
        summary: Message(zh: "缺少 registry.yaml，或其 schema 版本高于本工具支持的版本", en: "registry.yaml missing, or a schema newer than this tongban"),
        rationale: Message(zh: "按旧规则检查新格式只会得出错误结论，宁可拒绝。", en: "Checking a newer format by older rules gives wrong answers, so tongban refuses."),
        nonTriggering: [Example("registry.yaml", "schema: 1\nname: 示例标准库\njurisdiction: \"370000\"\n")],
        triggering: [Example("registry.yaml", "schema: ↓2\nname: 示例标准库\njurisdiction: \"370000\"\n")])
}
