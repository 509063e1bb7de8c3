/// What a format says of one scalar: its canonical text, or why it is not valid.
public enum FormatResult: Sendable, Hashable {
    case valid(canonical: String)
    case invalid(RuleID, Message)

    /// An `invalid-value` result.
    static func bad(_ zh: String, _ en: String) -> FormatResult {
        .invalid(.invalidValue, Message(zh: zh, en: en))
    }
}
