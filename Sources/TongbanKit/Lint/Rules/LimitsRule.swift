/// Files too large or too deeply nested to be standards.
struct LimitsRule: Rule {
    static let description = RuleDescription(
        id: .limits,
        summary: Message(zh: "文件超过 1 MiB 或嵌套超过 64 层", en: "a file over 1 MiB or nested deeper than 64 levels"),
        rationale: Message(zh: "事项标准是小文件；过大或过深的输入会拖慢甚至拖垮工具，不予读取。", en: "Standards are small files; larger or deeper input is refused so it cannot slow or crash the tool."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nsources: [x]\nnote: " + String(repeating: "[", count: 63) + "↓[[]" + String(repeating: "]", count: 64) + "\n")])
}
