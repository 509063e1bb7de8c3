/// A slip of the keyboard that breaks YAML, named at the character that causes it rather than
/// where libyaml notices (often the next line).
public enum SyntaxSlip: Sendable, Hashable {
    /// A full-width colon `：` after a key (`department：公安部`); the range is the colon.
    case fullWidthColon(key: String)
    /// No space after a key's colon (`department:公安部`); the range is the colon.
    case noSpaceAfterColon(key: String)
    /// A tab in a line's indentation; the range is the tab.
    case tabIndentation
    /// A full-width space (U+3000) in a line's indentation; the range is the first one.
    case fullWidthSpaceIndentation
    /// A quoted value whose quote is never closed; the range is the opening quote.
    case unclosedQuote(quote: String)
    /// A line indented by `found` spaces where the lines around it allow only `allowed`; the
    /// range is the line's indentation.
    case inconsistentIndentation(found: Int, allowed: [Int])
}
