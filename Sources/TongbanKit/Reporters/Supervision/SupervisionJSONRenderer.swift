/// `tongban report --format json`: every entry. `as_of`; per list and batch the due date,
/// whether it is past, the entries (`entries` counts them, `matters` names them, `cancelled`
/// names those not counted), and each region's implemented count, overdue and unreadable
/// entries; per region whether its 通办专窗 and 帮办代办 are on file; the 免提交 counts; the files
/// that could not be read (`findings`); a summary; and `schema_version`, the shape's version
/// (`docs/schemas/report.schema.json`).
public enum SupervisionJSONRenderer {
    /// The version of the shape: it changes only when a key's meaning or type changes.
    public static let schemaVersion = 1

    /// - Parameter language: the language of the findings' messages.
    public static func render(_ report: SupervisionReport, pretty: Bool = true, language: Language = .en) -> String {
        JSON.object([
            ("as_of", .string(report.asOf.description)),
            ("lists", .array(report.lists.map { list in
                .object([
                    ("list", .string(list.id)),
                    ("name", .string(list.name)),
                    ("batches", .array(list.batches.map(batch))),
                ])
            })),
            ("regions", .array(report.services.map { r in
                .object([
                    ("region", .string(r.division)),
                    ("name", .string(r.name)),
                    ("tongban_window", .bool(r.hasTongbanWindow)),
                    ("assistance", .bool(r.hasAssistance)),
                ])
            })),
            ("exemption", exemption(report.exemption)),
            ("findings", .array(report.findings.map { finding($0, language) })),
            ("summary", .object([
                ("overdue", .int(report.overdueCount)),
                ("without_tongban_window", .int(report.withoutTongbanWindow)),
                ("without_assistance", .int(report.withoutAssistance)),
                ("registry_errors", .int(report.registryErrors)),
                ("unreadable", .int(report.unreadableCount)),
                ("findings", .int(report.findings.count)),
            ])),
            ("schema_version", .int(schemaVersion)),
        ]).rendered(pretty: pretty)
    }

    private static func batch(_ batch: SupervisionReport.BatchProgress) -> JSON {
        .object([
            ("batch", .optional(batch.id)),
            ("name", .optional(batch.name)),
            ("due", .optional(batch.due?.description)),
            ("past_due", .bool(batch.isPastDue)),
            ("entries", .int(batch.entries.count)),
            ("matters", .array(batch.entries.map(JSON.string))),
            ("cancelled", .array(batch.cancelled.map(JSON.string))),
            ("regions", .array(batch.regions.map { region in
                .object([
                    ("region", .string(region.division)),
                    ("name", .string(region.name)),
                    ("implemented", .int(region.implemented)),
                    ("overdue", .array(region.overdue.map { .object([("matter", .string($0.matter)), ("name", .string($0.name))]) })),
                    ("unreadable", .array(region.unreadable.map(JSON.string))),
                ])
            })),
        ])
    }

    /// `{"materials": 3, "exempt": 1, "percent": 33}`; `percent` is null when no material counts.
    static func count(_ count: Exemption) -> [(String, JSON)] {
        [("materials", .int(count.materials)), ("exempt", .int(count.exempt)), ("percent", count.percent.map(JSON.int) ?? .null)]
    }

    private static func exemption(_ summary: SupervisionReport.ExemptionSummary) -> JSON {
        func part(_ key: String) -> (SupervisionReport.ExemptionSummary.Part) -> JSON {
            { p in .object([(key, .string(p.id)), ("name", .string(p.name)), ("matters", .int(p.matters))] + count(p.count)) }
        }
        return .object([
            ("overall", .object(count(summary.overall))),
            ("lists", .array(summary.lists.map(part("list")))),
            ("regions", .array(summary.regions.map(part("region")))),
            ("matters", .array(summary.matters.map { m in
                .object([("matter", .string(m.matter)), ("name", .string(m.name))] + count(m.count) + [
                    ("situations", .array(m.situations.map { .object([("situation", .string($0.situation))] + count($0.count)) })),
                ])
            })),
        ])
    }

    private static func finding(_ d: Diagnostic, _ language: Language) -> JSON {
        .object([
            ("file", .string(d.file)),
            ("line", .int(d.range.start.line)),
            ("column", .int(d.range.start.column)),
            ("severity", .string(d.severity.rawValue)),
            ("rule", .string(d.rule.rawValue)),
            ("message", .string(d.message.text(language))),
        ])
    }
}
