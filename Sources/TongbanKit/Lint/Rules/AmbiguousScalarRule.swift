/// Plain scalars YAML 1.1 reads as something other than text.
struct AmbiguousScalarRule: Rule {
    static let description = RuleDescription(
        id: .ambiguousScalar,
        summary: Message(zh: "需要文本处写了会被 YAML 1.1 读成布尔值、数字、空值或日期的裸值", en: "a plain scalar YAML 1.1 reads as a bool, number, null or date where text is wanted"),
        rationale: Message(zh: "许多工具按 YAML 1.1 读取：no 会变成 false，0100 会变成 64。加引号才能保证各处读到同一文本。", en: "Many tools read YAML 1.1: no becomes false, 0100 becomes 64. Quoting keeps the text the same everywhere."),
        nonTriggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter),
            Example("lists/kuasheng.yaml", "name: 跨省通办\nscope: 全国\nbasis: [x]\nbatches:\n  - id: \"2021\"\n    due: 2021-12-31\nentries:\n  - matter: shebaoka\n    batch: \"2021\"\n"),
        ],
        triggering: [
            Example("matters/a.yaml", "name: ↓no\ncatalog_code: ↓0100\nstatus: 草稿\nsources: [x]\n"),
            Example("lists/kuasheng.yaml", "name: 跨省通办\nscope: 全国\nbasis: [x]\nbatches:\n  - id: ↓2021\nentries:\n  - matter: shebaoka\n    batch: ↓2021\n"),
            Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\nsources: [↓2020-01-01]\n"),
        ])
}
