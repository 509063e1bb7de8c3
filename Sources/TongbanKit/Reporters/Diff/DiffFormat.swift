/// The output formats of `tongban diff`.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, markdown, json
}
