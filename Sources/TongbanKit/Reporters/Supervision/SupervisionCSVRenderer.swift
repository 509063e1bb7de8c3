/// `tongban report --format csv`: one row per list, batch and region (RFC 4180, a header row,
/// CRLF line ends as spreadsheets expect). Overdue and unreadable entries are their matter ids
/// joined by spaces. A value that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) is prefixed with `'`; control characters are escaped.
public enum SupervisionCSVRenderer {
    static let header = ["list", "list_name", "batch", "batch_name", "due", "past_due", "region", "region_name",
                         "entries", "cancelled", "to_implement", "implemented", "overdue", "unreadable", "overdue_matters", "unreadable_matters"]

    public static func render(_ report: SupervisionReport) -> String {
        var rows = [header]
        for list in report.lists {
            for batch in list.batches {
                for region in batch.regions {
                    rows.append([
                        list.id, list.name, batch.id ?? "", batch.name ?? "", batch.due?.description ?? "", batch.isPastDue ? "true" : "false",
                        region.division, region.name, String(batch.entries.count), String(batch.cancelled.count), String(batch.dueCount),
                        String(region.implemented), String(region.overdue.count), String(region.unreadable.count),
                        region.overdue.map(\.matter).joined(separator: " "), region.unreadable.joined(separator: " "),
                    ])
                }
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when it holds a comma, quote or line break.
    static func field(_ raw: String) -> String {
        var value = VisibleText.escape(raw)
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@"].contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
