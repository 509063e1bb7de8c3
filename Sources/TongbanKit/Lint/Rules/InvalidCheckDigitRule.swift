/// A 统一社会信用代码 whose check character is wrong.
struct InvalidCheckDigitRule: Rule {
    static let description = RuleDescription(
        id: .invalidCheckDigit,
        summary: Message(zh: "统一社会信用代码校验码错误（GB 32100）", en: "a unified social credit code with a wrong GB 32100 check character"),
        rationale: Message(zh: "校验码能发现抄录错误，错误的代码会让实施主体无法对应。", en: "The check character catches copying mistakes that would leave the agency unidentifiable."),
        nonTriggering: [Example("regions/370405/shebaoka.yaml", "agency: 示例机关\nagency_code: 11370405MB0000000Y\nsources: [示例]\n")],
        triggering: [Example("regions/370405/shebaoka.yaml", "agency: 示例机关\nagency_code: ↓11370405MB00000000\nsources: [示例]\n")])
}
