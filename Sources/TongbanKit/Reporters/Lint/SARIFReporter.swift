/// SARIF 2.1.0 for code scanning: every rule described in the driver (with its help as text and
/// Markdown, from `tongban rules`, and tags), artifact URIs relative to the repository root
/// under `%SRCROOT%`, and a fingerprint per result that does not change when lines move.
public enum SARIFReporter {
    /// The official schema of the output.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public static func render(_ report: LintReport, language: Language, paths: ArtifactPaths = ArtifactPaths(displayPrefix: "", repositoryPrefix: "")) -> String {
        let descriptions = Rules.descriptions
        let index = Dictionary(uniqueKeysWithValues: descriptions.enumerated().map { ($1.id, $0) })
        let rules = descriptions.map { rule($0, language) }
        var seen: [String: Int] = [:]
        // A suppressed finding is a result with `suppressions`, so code scanning shows it dismissed.
        func result(_ d: Diagnostic, _ suppressed: SuppressedDiagnostic?) -> JSON {
            let path = paths.repositoryPath(d.file)
            // The same finding twice in a file is told apart by its order, not its line.
            let key = "\(d.rule.rawValue)\u{0}\(path)\u{0}\(d.message.en)"
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            var fields: [(String, JSON)] = [
                ("ruleId", .string(d.rule.rawValue)),
                ("ruleIndex", .int(index[d.rule] ?? 0)),
                ("level", .string(d.severity.rawValue)),
                ("message", .object([("text", .string(d.message.text(language)))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(paths.uri(d.file))), ("uriBaseId", .string(ArtifactPaths.baseID))])),
                    ("region", .object([
                        ("startLine", .int(d.range.start.line)),
                        ("startColumn", .int(d.range.start.column)),
                        ("endLine", .int(d.range.end.line)),
                        ("endColumn", .int(d.range.end.column)),
                    ])),
                ]))])])),
                ("partialFingerprints", .object([("tongbanFinding/v1", .string(SHA1.hex(Array("\(key)\u{0}\(occurrence)".utf8))))])),
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
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("tongban")),
                    ("version", .string(report.toolVersion)),
                    ("rules", .array(rules)),
                ]))])),
                ("originalUriBaseIds", .object([(ArtifactPaths.baseID, .object([
                    ("description", .object([("text", .string("the root of the repository that holds the registry"))])),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ]).rendered()
    }

    private static func rule(_ r: RuleDescription, _ language: Language) -> JSON {
        .object([
            ("id", .string(r.id.rawValue)),
            ("shortDescription", .object([("text", .string(r.summary.text(language)))])),
            ("fullDescription", .object([("text", .string(r.rationale.text(language)))])),
            ("help", .object([("text", .string(RulesDocument.explain(r, language))), ("markdown", .string(RulesDocument.markdown(r, language)))])),
            ("defaultConfiguration", .object([("level", .string(r.severity.rawValue))])),
            ("properties", .object([("tags", .array(tags(r.id).map(JSON.string)))])),
        ])
    }

    /// What a rule is about, for code scanning's filters.
    static func tags(_ rule: RuleID) -> [String] {
        switch rule {
        case .yamlSyntax, .encoding, .duplicateKey, .yamlAlias, .ambiguousScalar, .limits: ["tongban", "yaml"]
        case .confusableText, .fileAccess: ["tongban", "security"]
        case .fileName, .strayFile, .schemaVersion: ["tongban", "registry"]
        default: ["tongban", "standard"]
        }
    }
}
