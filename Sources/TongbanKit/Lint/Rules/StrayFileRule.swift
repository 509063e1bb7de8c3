/// YAML files where no kind of file belongs.
struct StrayFileRule: Rule {
    static let description = RuleDescription(
        id: .strayFile,
        summary: Message(zh: "YAML 文件不在任何一类文件应在的位置", en: "a YAML file where no kind of file belongs"),
        rationale: Message(zh: "放错位置的文件不会被读取，其中的标准等于不存在。", en: "A misplaced file is never read, so its standard does not exist for the tool."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matter/shebaoka.yaml", "↓name: 示例\n")])
}
