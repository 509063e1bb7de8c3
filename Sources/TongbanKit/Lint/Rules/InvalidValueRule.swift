/// A value outside its enumeration or format.
struct InvalidValueRule: Rule {
    static let description = RuleDescription(
        id: .invalidValue,
        summary: Message(zh: "取值不在枚举范围内或格式不对（标识、编码、日期、电话、网址、时限）", en: "a value outside its enumeration or format (ids, codes, dates, phones, URLs, durations)"),
        rationale: Message(zh: "只有规范取值才能在各地、各系统间无差别识别。", en: "Only standard values are understood the same way in every region and system."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "name: 示例\nstatus: ↓在办\nmodes: [↓网办]\ntime_limit:\n  statutory: ↓二十天\nsources: [x]\n"),
            Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\nphone: ↓00632-6616276\nonline_url: ↓www.example\nsources: [示例]\n"),
        ])
}
