/// The output formats of `tongban report`.
public enum SupervisionFormat: String, Sendable, CaseIterable {
    case text, json, markdown, csv, html
}
