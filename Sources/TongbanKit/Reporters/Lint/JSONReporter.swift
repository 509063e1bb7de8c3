/// The ◆ JSON object: tool, version, files, diagnostics (sorted by file, line, column), summary;
/// then `schema_version`, the shape's version (`docs/schemas/lint.schema.json`).
public enum JSONReporter {
    /// The version of the shape: it changes only when a key's meaning or type changes.
    public static let schemaVersion = 1

    /// The ◆ keys; `suppressed` and `baseline_fixed` join the summary only when something was
    /// suppressed or a baseline was given, and `suppressed` (each with `suppression` and
    /// `justification`) follows `diagnostics` with `showSuppressed`.
    public static func render(_ report: LintReport, language: Language, showSuppressed: Bool = false) -> String {
        let diagnostics = report.diagnostics.map { JSON.object(fields($0, file: $0.file, language)) }
        var summary: [(String, JSON)] = [("errors", .int(report.errorCount)), ("warnings", .int(report.warningCount))]
        if !report.suppressed.isEmpty || report.baselineFixed != nil { summary.append(("suppressed", .int(report.suppressed.count))) }
        if let fixed = report.baselineFixed { summary.append(("baseline_fixed", .int(fixed))) }
        var object: [(String, JSON)] = [
            ("tool", .string("tongban")),
            ("version", .string(report.toolVersion)),
            ("files", .int(report.fileCount)),
            ("diagnostics", .array(diagnostics)),
        ]
        if showSuppressed {
            object.append(("suppressed", .array(report.suppressed.map { s in
                JSON.object(fields(s.diagnostic, file: s.diagnostic.file, language) + [
                    ("suppression", .string(s.kind == .inSource ? "comment" : "baseline")),
                    ("justification", .string(VisibleText.escape(s.justification))),
                ])
            })))
        }
        object.append(("summary", .object(summary)))
        object.append(("schema_version", .int(schemaVersion)))
        return JSON.object(object).rendered()
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
