import YAMLSource

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

    static func message(problem: String, context: String?) -> Message {
        let detail = [context, problem].compactMap { $0 }.joined(separator: " ")
        return Message(zh: "YAML 语法错误：\(detail)", en: "YAML syntax error: \(detail)")
    }

    static let multipleDocuments = Message(
        zh: "一个文件只能有一个 YAML 文档，请删除多余的“---”", en: "a file holds one YAML document; remove the extra “---”")
}
