import YAMLSource

/// A scalar that is valid but not canonical, and the text that should replace it.
public struct ScalarRewrite: Sendable, Hashable {
    /// The span of the scalar in the source, quotes included.
    public var range: SourceRange
    public var style: ScalarStyle
    /// The value as written (after YAML unescaping).
    public var original: String
    /// The canonical value.
    public var canonical: String

    public init(range: SourceRange, style: ScalarStyle, original: String, canonical: String) {
        self.range = range
        self.style = style
        self.original = original
        self.canonical = canonical
    }
}
