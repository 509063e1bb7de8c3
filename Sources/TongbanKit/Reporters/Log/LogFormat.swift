/// The output formats of `tongban log`.
public enum LogFormat: String, Sendable, CaseIterable {
    case text, json, markdown
}
