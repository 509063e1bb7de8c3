/// The ◆ JSON object: tool, version, files, diagnostics (sorted by file, line, column), summary;
/// then `schema_version`, the shape's version (`docs/schemas/lint.schema.json`).
public enum JSONReporter {
    /// The version of the shape: it changes only when a key's meaning or type changes.
    public static let schemaVersion = 1

    public static func render(_ report: LintReport, language: Language) -> String {
        let diagnostics = report.diagnostics.map { JSON.object(fields($0, file: $0.file, language)) }
        return JSON.object([
            ("tool", .string("tongban")),
            ("version", .string(report.toolVersion)),
            ("files", .int(report.fileCount)),
            ("diagnostics", .array(diagnostics)),
            ("summary", .object([("errors", .int(report.errorCount)), ("warnings", .int(report.warningCount))])),
            ("schema_version", .int(schemaVersion)),
        ]).rendered()
    }

    /// The ◆ keys of one diagnostic, in contract order, with `file` as it should be shown.
    static func fields(_ d: Diagnostic, file: String, _ language: Language) -> [(String, JSON)] {
        [
            ("file", .string(file)),
            ("line", .int(d.range.start.line)),
            ("column", .int(d.range.start.column)),
            ("end_line", .int(d.range.end.line)),
            ("end_column", .int(d.range.end.column)),
            ("severity", .string(d.severity.rawValue)),
            ("rule", .string(d.rule.rawValue)),
            ("message", .string(d.message.text(language))),
        ]
    }
}
