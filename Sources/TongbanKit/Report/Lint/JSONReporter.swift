/// The ◆ JSON object: tool, version, files, diagnostics (sorted by file, line, column), summary.
public enum JSONReporter {
    public static func render(_ report: LintReport, language: Language) -> String {
        let diagnostics = report.diagnostics.map { d in
            JSON.object([
                ("file", .string(d.file)),
                ("line", .int(d.range.start.line)),
                ("column", .int(d.range.start.column)),
                ("end_line", .int(d.range.end.line)),
                ("end_column", .int(d.range.end.column)),
                ("severity", .string(d.severity.rawValue)),
                ("rule", .string(d.rule.rawValue)),
                ("message", .string(d.message.text(language))),
            ])
        }
        return JSON.object([
            ("tool", .string("tongban")),
            ("version", .string(report.toolVersion)),
            ("files", .int(report.fileCount)),
            ("diagnostics", .array(diagnostics)),
            ("summary", .object([("errors", .int(report.errorCount)), ("warnings", .int(report.warningCount))])),
        ]).rendered()
    }
}
