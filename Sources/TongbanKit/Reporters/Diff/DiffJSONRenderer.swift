/// The ◆ JSON of `tongban diff`: `old`, `new`, `lists` (`list`, `name`, `added`, `removed`,
/// `changed`, then `moved` and `notice`), `summary`; then `unlisted` and `diagnostics`.
/// Keys beyond the contract are only ever added after the contract's keys; the last is
/// `schema_version`, the shape's version (`docs/schemas/diff.schema.json`).
public enum DiffJSONRenderer {
    /// The version of the shape: it changes only when a key's meaning or type changes.
    public static let schemaVersion = 1

    /// - Parameter pretty: two-space indentation (the CLI's output); compact otherwise.
    public static func render(_ report: DiffReport, language: Language, pretty: Bool = true) -> String {
        let diff = report.diff
        return JSON.object([
            ("old", .string(report.old.label)),
            ("new", .string(report.new.label)),
            ("lists", .array(diff.lists.map(list))),
            ("summary", .object([
                ("added", .int(diff.addedCount)),
                ("removed", .int(diff.removedCount)),
                ("changed", .int(diff.changedCount)),
                ("moved", .int(diff.movedCount)),
                ("unlisted", .int(diff.unlisted.count)),
            ])),
            ("unlisted", .object([
                ("added", .array(diff.unlisted.added.map { member($0, batch: false) })),
                ("removed", .array(diff.unlisted.removed.map { member($0, batch: false) })),
                ("changed", .array(diff.unlisted.changed.map(change))),
            ])),
            ("diagnostics", .array(diff.diagnostics.map { diagnostic($0, report, language) })),
            ("schema_version", .int(schemaVersion)),
        ]).rendered(pretty: pretty)
    }

    private static func list(_ list: ListDiff) -> JSON {
        var pairs: [(String, JSON)] = [
            ("list", .string(list.id)),
            ("name", .string(list.name)),
            ("added", .array(list.added.map { member($0, batch: true) })),
            ("removed", .array(list.removed.map { member($0, batch: true) })),
            ("changed", .array(list.changed.map(change))),
            ("moved", .array(list.moved.map { move in
                .object([("matter", .string(move.matter)), ("name", .string(move.name)), ("from", .optional(move.from)), ("to", .optional(move.to))])
            })),
            ("notice", .string(list.notice)),
        ]
        if !list.adjustment.isEmpty { pairs.append(("list_changes", adjustment(list.adjustment))) }
        if !list.renamed.isEmpty {
            pairs.append(("renamed", .array(list.renamed.map { r in
                .object([("from", .string(r.from)), ("to", .string(r.to)), ("name", .string(r.name)), ("batch", .optional(r.batch))])
            })))
        }
        return .object(pairs)
    }

    /// `{"fields": [...], "batches": {"added": [...], "removed": [...], "changed": [{"batch", "old", "new"}]}}`.
    private static func adjustment(_ a: ListAdjustment) -> JSON {
        func batch(_ b: ListAdjustment.BatchState) -> JSON {
            .object([("id", .string(b.id)), ("name", .optional(b.name)), ("due", .optional(b.due))])
        }
        return .object([
            ("fields", .array(a.fields.map(JSON.string))),
            ("batches", .object([
                ("added", .array(a.batchesAdded.map(batch))),
                ("removed", .array(a.batchesRemoved.map(batch))),
                ("changed", .array(a.batchesChanged.map { .object([("batch", .string($0.new.id)), ("old", batch($0.old)), ("new", batch($0.new))]) })),
            ])),
        ])
    }

    private static func member(_ member: ListMembership, batch: Bool) -> JSON {
        var pairs: [(String, JSON)] = [("matter", .string(member.matter)), ("name", .string(member.name))]
        if batch { pairs.append(("batch", .optional(member.batch))) }
        return .object(pairs)
    }

    private static func change(_ change: MatterChange) -> JSON {
        var pairs: [(String, JSON)] = [
            ("matter", .string(change.matter)),
            ("name", .string(change.name)),
            ("fields", .array(change.fields.map(JSON.string))),
        ]
        if let rename = change.renamed {
            pairs.append(("renamed", .object([("from", .string(rename.from)), ("to", .string(rename.to))])))
        }
        if let materials = change.materials {
            pairs.append(("materials", .object([
                ("added", .array(materials.added.map(JSON.string))),
                ("removed", .array(materials.removed.map(JSON.string))),
                ("changed", .array(materials.changed.map(JSON.string))),
            ])))
        }
        if let limit = change.timeLimit {
            func limits(_ l: MatterChange.TimeLimitChange.Limits) -> JSON {
                .object([("statutory", .optional(l.statutory)), ("promised", .optional(l.promised))])
            }
            pairs.append(("time_limit", .object([("old", limits(limit.old)), ("new", limits(limit.new))])))
        }
        if !change.values.isEmpty {
            pairs.append(("values", .array(change.values.map { value in
                .object([("field", .string(value.field)), ("old", .optional(value.old)), ("new", .optional(value.new))])
            })))
        }
        return .object(pairs)
    }

    private static func diagnostic(_ found: SideDiagnostic, _ report: DiffReport, _ language: Language) -> JSON {
        let d = found.diagnostic
        let file = report.endpoint(found.side).display(d.file)
        return .object([("side", .string(found.side.rawValue))] + JSONReporter.fields(d, file: file, language))
    }
}
