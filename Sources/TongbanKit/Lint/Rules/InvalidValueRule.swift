/// A value outside its enumeration or format.
struct InvalidValueRule: RegistryRule {
    static let description = RuleDescription(
        id: .invalidValue,
        summary: Message(zh: "取值不在枚举范围内或格式不对（标识、编码、日期、电话、网址、时限）", en: "a value outside its enumeration or format (ids, codes, dates, phones, URLs, durations)"),
        rationale: Message(zh: "只有规范取值才能在各地、各系统间无差别识别。", en: "Only standard values are understood the same way in every region and system."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "name: 示例\nstatus: ↓在办\nmodes: [↓网办]\ntime_limit:\n  statutory: ↓二十天\nsources: [x]\n"),
            Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\nphone: ↓00632-6616276\nonline_url: ↓www.example\nsources: [示例]\n"),
            Example("lists/dianduidian.yaml", "name: 点对点通办\nscope: 点对点\nregions: [↓\"370400\"]\nbasis: [x]\nentries: []\n"),
        ])

    /// Values that are valid alone but not together: a 点对点 list joins exactly two regions.
    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        for list in registry.lists where list.scope?.value == "点对点" && !list.regions.isEmpty && list.regions.count != 2 {
            let range = SourceRange(start: list.regions[0].range.start, end: list.regions[list.regions.count - 1].range.end)
            report.append(Diagnostic(file: "lists/\(list.id).yaml", range: range, rule: .invalidValue, message: Message(
                zh: "点对点通办清单应恰好有两个行政区划，实际有 \(list.regions.count) 个", en: "a 点对点 list joins exactly two divisions; it has \(list.regions.count)")))
        }
    }
}
