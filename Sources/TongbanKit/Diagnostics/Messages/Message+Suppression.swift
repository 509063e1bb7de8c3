// The messages of the `suppression` findings the reader makes for `# tongban:` comments it cannot
// honour. The rule's description is in Lint/Rules/SuppressionRule.swift.

extension Message {
    /// `suppression`: a `# tongban:` comment whose directive is neither `disable-line` nor `disable-file`.
    static func unknownDirective(_ directive: String) -> Message {
        Message(
            zh: "未知的指令“\(directive)”，应为 disable-line 或 disable-file；此注释不起作用",
            en: "unknown directive “\(directive)”: use disable-line or disable-file; this comment has no effect")
    }

    /// `suppression`: a directive that names no rule.
    static let suppressionNamesNoRule = Message(
        zh: "抑制注释没有写规则标识，应为“# tongban: disable-line 规则 -- 理由”；此注释不起作用",
        en: "the suppression names no rule: write “# tongban: disable-line RULE -- reason”; this comment has no effect")

    /// `suppression`: a directive naming a rule id that does not exist.
    static func unknownSuppressedRule(_ rule: String, suggestion: String?) -> Message {
        let zh = suggestion.map { "，是否应为“\($0)”？" } ?? ""
        let en = suggestion.map { "; did you mean “\($0)”?" } ?? ""
        return Message(
            zh: "没有规则“\(rule)”\(zh)此注释不起作用",
            en: "there is no rule “\(rule)”\(en) This comment has no effect")
    }

    /// `suppression`: a directive naming a rule that cannot be suppressed.
    static func unsuppressibleRule(_ rule: RuleID) -> Message {
        Message(
            zh: "规则“\(rule.rawValue)”不能被抑制；此注释不起作用",
            en: "rule “\(rule.rawValue)” cannot be suppressed; this comment has no effect")
    }

    /// `suppression`: a directive without `-- reason`.
    static let suppressionWithoutReason = Message(
        zh: "抑制注释必须写明理由：“# tongban: disable-line 规则 -- 理由”；此注释不起作用",
        en: "a suppression needs a reason: “# tongban: disable-line RULE -- reason”; this comment has no effect")
}
