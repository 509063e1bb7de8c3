/// YAML that libyaml cannot parse.
struct YAMLSyntaxRule: Rule {
    static let description = RuleDescription(
        id: .yamlSyntax,
        summary: Message(zh: "YAML 语法错误", en: "YAML that does not parse"),
        rationale: Message(zh: "无法解析的文件无法校验，其中的标准也无法使用。", en: "A file that does not parse cannot be checked or used."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\n  sources↓: [x]\n"),
            Example("matters/b.yaml", "name: 示例\n↓---\nname: 其他\n"),
        ])
}
