/// SARIF 2.1.0, with every rule described in the driver so code-scanning UIs can show it.
public enum SARIFReporter {
    public static func render(_ report: LintReport, language: Language) -> String {
        let descriptions = Rules.descriptions
        let index = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($1.id, $0) })
        let rules = descriptions.map { r in
            JSON.object([
                ("id", .string(r.id.rawValue)),
                ("shortDescription", .object([("text", .string(r.summary.text(language)))])),
                ("fullDescription", .object([("text", .string(r.rationale.text(language)))])),
                ("defaultConfiguration", .object([("level", .string(r.severity.rawValue))])),
            ])
        }
        /// A suppressed finding is a result with `suppressions`, so code scanning shows it dismissed.
        func result(_ d: Diagnostic, _ suppressed: SuppressedDiagnostic?) -> JSON {
            var fields: [(String, JSON)] = [
                ("ruleId", .string(d.rule.rawValue)),
                ("ruleIndex", .int(index[d.rule] ?? 0)),
                ("level", .string(d.severity.rawValue)),
                ("message", .object([("text", .string(d.message.text(language)))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(d.file))])),
                    ("region", .object([
                        ("startLine", .int(d.range.start.line)),
                        ("startColumn", .int(d.range.start.column)),
                        ("endLine", .int(d.range.end.line)),
                        ("endColumn", .int(d.range.end.column)),
                    ])),
                ]))])])),
            ]
            if let suppressed {
                fields.append(("suppressions", .array([.object([
                    ("kind", .string(suppressed.kind == .inSource ? "inSource" : "external")),
                    ("justification", .string(VisibleText.escape(suppressed.justification))),
                ])])))
            }
            return JSON.object(fields)
        }
        let results = report.diagnostics.map { result($0, nil) } + report.suppressed.map { result($0.diagnostic, $0) }
        return JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("tongban")),
                    ("version", .string(report.toolVersion)),
                    ("rules", .array(rules)),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ]).rendered()
    }
}
