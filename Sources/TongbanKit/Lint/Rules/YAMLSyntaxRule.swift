/// YAML that libyaml cannot parse.
struct YAMLSyntaxRule: Rule {
    static let description = RuleDescription(
        id: .yamlSyntax,
        summary: Message(zh: "YAML 语法错误", en: "YAML that does not parse"),
        rationale: Message(
            zh: "无法解析的文件无法校验，其中的标准也无法使用。常见的输入失误在出错的字符处单独指出：键后的全角冒号“：”、冒号后缺少空格、缩进中的制表符或全角空格、未闭合的引号（指向开头的引号）、与上下文不一致的缩进（指向该行）；libyaml 的原话附在其后。",
            en: "A file that does not parse cannot be checked or used. Common slips are named at the character that causes them: a full-width colon “：” after a key, no space after a colon, a tab or full-width space in the indentation, an unclosed quote (at the opening quote), indentation that matches no level around it (at that line); libyaml's words follow."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\n↓  sources: [x]\n"),
            Example("matters/c.yaml", "name: 示例\nstatus: 草稿\ndepartment↓：公安部\nsources: [x]\n"),
            Example("matters/d.yaml", "name: ↓\"示例\nstatus: 草稿\nsources: [x]\n"),
            Example("matters/b.yaml", "name: 示例\n↓---\nname: 其他\n"),
        ])
}
