import YAMLSource

/// A value that is valid but not canonical, and the text that should replace it.
///
/// The span is a scalar's (quotes, block indicator and any tag included) or, for a duration
/// written as `{days: 5, unit: 工作日}`, the mapping's.
public struct ScalarRewrite: Sendable, Hashable {
    /// The span of the value in the source, quotes and tag included.
    public var range: SourceRange
    public var style: ScalarStyle
    /// The value as written (after YAML unescaping).
    public var original: String
    /// The canonical value.
    public var canonical: String
    /// Whether `canonical` may be written as a plain scalar even though YAML 1.1 reads it as a
    /// number, bool or date (`due: 2020-12-31`, `copies: 1`); otherwise such a value is quoted.
    public var plainReadingAccepted: Bool

    public init(range: SourceRange, style: ScalarStyle, original: String, canonical: String, plainReadingAccepted: Bool = false) {
        self.range = range
        self.style = style
        self.original = original
        self.canonical = canonical
        self.plainReadingAccepted = plainReadingAccepted
    }
}
