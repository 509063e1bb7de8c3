/// The language messages are shown in. Rule ids are the same in both.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set) begins with `zh`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}

/// A text in both languages.
public struct Message: Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`, with any control or bidi character quoted from a file escaped
    /// (`VisibleText`): tongban's own wording has none, so what is shown is always one safe line.
    public func text(_ language: Language) -> String {
        VisibleText.escape(language == .zh ? zh : en)
    }
}
