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
