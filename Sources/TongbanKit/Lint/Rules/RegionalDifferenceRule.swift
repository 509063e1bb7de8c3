/// Standard elements set in a region's implementation.
struct RegionalDifferenceRule: Rule {
    static let description = RuleDescription(
        id: .regionalDifference,
        summary: Message(zh: "实施清单中设置了标准要素（材料、条件、模式、收费、法定时限……）", en: "an implementation that sets a standard element (materials, conditions, modes, fee, statutory time, …)"),
        rationale: Message(zh: "同一事项在各地必须无差别受理、同标准办理；地区只能写实施主体、窗口、电话、网址和更短的承诺时限。", en: "The same matter is accepted the same way everywhere; a region sets only its agency, windows, phones, address and a shorter promise."),
        nonTriggering: [Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\npromised: 3个工作日\nsources: [示例]\n")],
        triggering: [Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\n↓materials:\n  - name: 户口簿\n↓fee: 不收费\nsources: [示例]\n")])
}
