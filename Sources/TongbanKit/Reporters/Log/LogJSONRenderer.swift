/// `tongban log --format json`: every entry, newest first, with the full commit id, the author
/// date (ISO 8601), the author, and the change in `diff`'s JSON terms (`fields`, `renamed`,
/// `materials`, `time_limit`), the list events, the 免提交 counts and who was responsible.
public enum LogJSONRenderer {
    public static func render(_ log: MatterLog, pretty: Bool = true) -> String {
        JSON.object([
            ("matter", .string(log.matter)),
            ("range", .string(log.range)),
            ("entries", .array(log.entries.map(entry))),
        ]).rendered(pretty: pretty)
    }

    public static func render(_ log: ListLog, pretty: Bool = true) -> String {
        JSON.object([
            ("list", .string(log.list)),
            ("range", .string(log.range)),
            ("entries", .array(log.entries.map { e in
                .object(commit(e.commit, e.date, e.author, e.email) + [
                    ("name", .string(e.name)),
                    ("created", .bool(e.created)),
                    ("deleted", .bool(e.deleted)),
                    ("added", .array(e.added.map(membership))),
                    ("removed", .array(e.removed.map(membership))),
                    ("moved", .array(e.moved.map { .object([("matter", .string($0.matter)), ("name", .string($0.name)), ("from", .optional($0.from)), ("to", .optional($0.to))]) })),
                    ("list_changes", .array(e.adjustment.fields.map(JSON.string))),
                    ("batches_added", .array(e.adjustment.batchesAdded.map(batch))),
                    ("batches_removed", .array(e.adjustment.batchesRemoved.map(batch))),
                    ("batches_changed", .array(e.adjustment.batchesChanged.map { .object([("old", batch($0.old)), ("new", batch($0.new))]) })),
                ])
            })),
        ]).rendered(pretty: pretty)
    }

    private static func commit(_ id: String, _ date: String, _ author: String, _ email: String) -> [(String, JSON)] {
        [("commit", .string(id)), ("date", .string(date)), ("author", .string(author)), ("email", .string(email))]
    }

    private static func membership(_ m: ListMembership) -> JSON {
        .object([("matter", .string(m.matter)), ("name", .string(m.name)), ("batch", .optional(m.batch))])
    }

    private static func batch(_ b: ListAdjustment.BatchState) -> JSON {
        .object([("id", .string(b.id)), ("name", .optional(b.name)), ("due", .optional(b.due))])
    }

    private static func count(_ c: Exemption) -> JSON {
        .object([("materials", .int(c.materials)), ("exempt", .int(c.exempt)), ("percent", c.percent.map(JSON.int) ?? .null)])
    }

    private static func entry(_ e: MatterLog.Entry) -> JSON {
        let change = e.change
        return .object(commit(e.commit, e.date, e.author, e.email) + [
            ("matter", .string(e.matter)),
            ("name", .string(e.name)),
            ("change", .string(e.kind.rawValue)),
            ("renamed_from", .optional(e.renamedFrom)),
            ("unreadable", .bool(e.unreadable)),
            ("department", .optional(e.department)),
            ("maintainer", .optional(e.maintainer)),
            ("fields", .array((change?.fields ?? []).map(JSON.string))),
            ("renamed", change?.renamed.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) } ?? .null),
            ("materials", change?.materials.map { m in
                .object([("added", .array(m.added.map(JSON.string))), ("removed", .array(m.removed.map(JSON.string))), ("changed", .array(m.changed.map(JSON.string)))])
            } ?? .null),
            ("time_limit", change?.timeLimit.map { t in
                .object([
                    ("old", .object([("statutory", .optional(t.old.statutory)), ("promised", .optional(t.old.promised))])),
                    ("new", .object([("statutory", .optional(t.new.statutory)), ("promised", .optional(t.new.promised))])),
                ])
            } ?? .null),
            ("lists", .array(e.lists.map { l in
                .object([("list", .string(l.list)), ("name", .string(l.name)), ("event", .string(l.kind.rawValue)), ("from", .optional(l.from)), ("to", .optional(l.to))])
            })),
            ("exemption", e.exemption.map { .object([("old", count($0.old)), ("new", count($0.new))]) } ?? .null),
        ])
    }
}
