/// The output formats of `tongban lint`.
public enum LintFormat: String, Sendable, CaseIterable {
    case text, json, github, sarif, junit
}
