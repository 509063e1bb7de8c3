/// A suppression comment naming a rule that silenced nothing: stale once the problem is fixed.
struct UnusedSuppressionRule: Rule {
    static let description = RuleDescription(
        id: .unusedSuppression,
        summary: Message(zh: "抑制注释没有抑制任何问题", en: "a suppression comment that silences nothing"),
        rationale: Message(
            zh: "问题修正后，留下的抑制注释会悄悄掩盖日后同一位置的新问题；请删除它。",
            en: "Once the problem is fixed, a leftover suppression would quietly hide a new one in the same place; remove it."),
        nonTriggering: [Example("matters/lonely.yaml", "# tongban: disable-file unlisted-matter -- 示例\nname: 示例\nstatus: 草稿\nsources: [x]\n# tongban: disable-line unknown-key -- 示例：沿用旧表的键\nnaem: 示例二\n")],
        triggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter.replacingOccurrences(of: "visits: 0\n", with: "visits: 0  ↓# tongban: disable-line inconsistent-mode -- 示例\n")),
            Example("matters/lonely.yaml", "↓# tongban: disable-file unlisted-matter, unknown-key -- 示例\nname: 示例\nstatus: 草稿\nsources: [x]\n"),
        ])
}

// MARK: - Messages

extension Message {
    static func unusedSuppression(_ rule: RuleID, fileWide: Bool) -> Message {
        fileWide
            ? Message(zh: "本文件没有“\(rule.rawValue)”的问题，此抑制不起作用，请删除", en: "no finding of “\(rule.rawValue)” in this file: remove the suppression")
            : Message(zh: "这一行没有“\(rule.rawValue)”的问题，此抑制不起作用，请删除", en: "no finding of “\(rule.rawValue)” on this line: remove the suppression")
    }
}
