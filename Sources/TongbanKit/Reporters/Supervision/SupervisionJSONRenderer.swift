/// `tongban report --format json`: `as_of`, then per list and batch the due date, whether it is
/// past, the entry count, and each region's implemented count and overdue entries; then per
/// region whether its 通办专窗 and 帮办代办 are on file.
public enum SupervisionJSONRenderer {
    public static func render(_ report: SupervisionReport, pretty: Bool = true) -> String {
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
            ("summary", .object([
                ("overdue", .int(report.overdueCount)),
                ("without_tongban_window", .int(report.withoutTongbanWindow)),
                ("without_assistance", .int(report.withoutAssistance)),
                ("registry_errors", .int(report.registryErrors)),
            ])),
        ]).rendered(pretty: pretty)
    }

    private static func batch(_ batch: SupervisionReport.BatchProgress) -> JSON {
        .object([
            ("batch", .optional(batch.id)),
            ("name", .optional(batch.name)),
            ("due", .optional(batch.due?.description)),
            ("past_due", .bool(batch.isPastDue)),
            ("entries", .int(batch.entries.count)),
            ("regions", .array(batch.regions.map { region in
                .object([
                    ("region", .string(region.division)),
                    ("name", .string(region.name)),
                    ("implemented", .int(region.implemented)),
                    ("overdue", .array(region.overdue.map { .object([("matter", .string($0.matter)), ("name", .string($0.name))]) })),
                ])
            })),
        ])
    }
}
