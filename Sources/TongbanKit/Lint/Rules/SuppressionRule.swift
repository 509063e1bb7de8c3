/// `# tongban:` comments that cannot be honoured: no reason, an unknown rule or directive, or a
/// rule that cannot be turned off. Found while loading (`SuppressionComments`); the messages are
/// in `Diagnostics/Messages/Message+Suppression.swift`.
struct SuppressionRule: Rule {
    static let description = RuleDescription(
        id: .suppression,
        summary: Message(
            zh: "无法生效的抑制注释：没有理由、规则不存在或不能抑制、指令未知",
            en: "a suppression comment that cannot take effect: no reason, an unknown or unsuppressible rule, an unknown directive"),
        rationale: Message(
            zh: "每条抑制都要写明理由（“-- 理由”），审阅者才能判断它是否成立；无法生效的注释不抑制任何问题。",
            en: "Every suppression states its reason (“-- reason”) so reviewers can judge it; a comment that cannot take effect silences nothing."),
        nonTriggering: [Example("matters/lonely.yaml", "# tongban: disable-file unlisted-matter -- 示例：尚待列入清单\nname: 示例\nstatus: 草稿\nsources: [x]\n")],
        triggering: [
            Example("matters/lonely.yaml", "↓# tongban: disable-file unlisted-matter\nname: 示例\nstatus: 草稿\nsources: [x]\n"),
            Example("matters/lonely.yaml", "name: 示例\nstatus: 草稿  ↓# tongban: disable-line unlisted-mater -- 拼错的规则\nsources: [x]\n"),
            Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\n↓# tongban: disable-line regional-difference -- 不能抑制\nfee: 不收费\nsources: [示例]\n"),
        ])
}
