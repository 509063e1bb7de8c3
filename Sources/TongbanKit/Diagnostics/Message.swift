/// A text in both languages.
public struct Message: Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`, with any control, bidi or invisible character quoted from a
    /// file escaped (`VisibleText`): tongban's own wording has none, so what is shown is always
    /// one safe line.
    public func text(_ language: Language) -> String {
        VisibleText.escape(language == .zh ? zh : en)
    }
}
