/// The whole normalized registry as one JSON document (`tongban export`, docs/export.md).
///
/// The shape follows the schema table (`Schemas`), so it cannot drift from decoding: every key
/// of a kind's schema is present, in schema order; a value not written is `null` (a list: `[]`).
/// Arrays keep file order; lists, matters and implementations are sorted by their ids. Every
/// value is canonical: the same registry, however spelled, exports the same bytes.
public enum RegistryExporter {
    /// The version of the export's shape; it changes only when the shape does.
    public static let exportVersion = 1

    /// The export document of `loaded`.
    public static func document(_ loaded: LoadedRegistry) -> JSON {
        var manifest: JSON = .null
        var lists: [(String, JSON)] = []
        var matters: [(String, JSON)] = []
        var implementations: [(String, JSON)] = []
        var regions: [(String, JSON)] = []
        var catalog: [FileKind: JSON] = [:]
        let licenses = loaded.registry.catalog.licenseIDs
        let models = Dictionary(loaded.registry.matters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for file in loaded.files {
            let kind = file.file.kind
            let value = file.value
            switch kind {
            case .manifest:
                manifest = json(value, kind.rootType)
            case .list:
                lists.append((file.file.id, json(value, kind.rootType, leading: [("id", .string(file.file.id))])))
            case .matter:
                var matter = json(value, kind.rootType, leading: [("id", .string(file.file.id))])
                if case .object(let pairs) = matter, let model = models[file.file.id] {
                    matter = .object(pairs + [("exemption", exemption(model, licenses))])
                }
                matters.append((file.file.id, matter))
            case .implementation:
                let division = file.file.division ?? ""
                implementations.append((division + "/" + file.file.id, json(value, kind.rootType, leading: [
                    ("division", .string(division)), ("matter", .string(file.file.id)),
                ])))
            case .region:
                let division = file.file.division ?? ""
                regions.append((division, json(value, kind.rootType, leading: [("division", .string(division))])))
            case .divisions, .licenses, .materials:
                catalog[kind] = json(value, kind.rootType)
            }
        }
        func sorted(_ items: [(String, JSON)]) -> JSON {
            .array(items.sorted { $0.0 < $1.0 }.map(\.1))
        }
        return .object([
            ("tongban_export", .int(exportVersion)),
            ("registry", manifest),
            ("lists", sorted(lists)),
            ("matters", sorted(matters)),
            ("implementations", sorted(implementations)),
            ("regions", sorted(regions)),
            ("catalog", .object([
                ("divisions", catalog[.divisions] ?? .array([])),
                ("licenses", catalog[.licenses] ?? .array([])),
                ("materials", catalog[.materials] ?? .array([])),
            ])),
        ])
    }

    /// A matter's 免提交 count, overall and per situation (derived: `Exemption` says how it is counted).
    static func exemption(_ matter: Matter, _ licenses: Set<String>) -> JSON {
        func count(_ c: Exemption) -> [(String, JSON)] {
            [("materials", .int(c.materials)), ("exempt", .int(c.exempt)), ("percent", c.percent.map(JSON.int) ?? .null)]
        }
        return .object(count(matter.exemption(licenses: licenses)) + [
            ("situations", .array(matter.exemptionBySituation(licenses: licenses).map { .object([("situation", .string($0.situation))] + count($0.count)) })),
        ])
    }

    /// The export as pretty-printed JSON text with a final newline.
    public static func render(_ loaded: LoadedRegistry) -> String {
        document(loaded).rendered(pretty: true)
    }

    /// A validated value as JSON, shaped by its schema type.
    static func json(_ value: Value?, _ type: ValueType, leading: [(String, JSON)] = []) -> JSON {
        switch type {
        case .scalar, .duration:
            return value?.text.map { .string($0.value) } ?? .null
        case .integer:
            return value?.integer.map { .int($0.value) } ?? .null
        case .list(let element):
            return .array((value?.list ?? []).map { json($0, element) })
        case .object(let schema):
            guard let object = value?.object else { return leading.isEmpty ? .null : .object(leading) }
            return .object(leading + schema.fields.map { field in (field.key, json(object[field.key], field.type)) })
        case .scalarOrList(_, let listType):
            if let text = value?.text { return .string(text.value) }
            if value?.list != nil { return json(value, listType) }
            return .null
        case .scalarOrObject(_, let schema):
            if let text = value?.text { return .string(text.value) }
            if value?.object != nil { return json(value, .object(schema)) }
            return .null
        }
    }
}
