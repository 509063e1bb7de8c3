/// The whole normalized registry as one JSON document (`tongban export`, docs/export.md).
///
/// The shape follows the schema table (`Schemas`), so it cannot drift from decoding: every key
/// of a kind's schema is present, in schema order; a value not written is `null` (a list: `[]`).
/// Arrays keep file order; lists, matters and implementations are sorted by their ids. Every
/// value is canonical: the same registry, however spelled, exports the same bytes.
public enum RegistryExporter {
    /// The version of the export's shape; it changes only when the shape does.
    public static let exportVersion = 1

    /// The export document of `loaded`: every file's part (`part`), grouped and sorted.
    public static func document(_ loaded: LoadedRegistry) -> JSON {
        let licenses = loaded.registry.catalog.licenseIDs
        var sections: [Section: [(String, JSON)]] = [:]
        for file in loaded.files {
            let (section, key, value) = part(file, licenses: { licenses })
            sections[section, default: []].append((key, value))
        }
        func items(_ section: Section) -> [JSON] {
            (sections[section] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
        }
        func catalog(_ section: Section) -> JSON { items(section).first ?? .array([]) }
        return .object([
            ("tongban_export", .int(exportVersion)),
            ("registry", items(.registry).first ?? .null),
            ("lists", .array(items(.lists))),
            ("matters", .array(items(.matters))),
            ("implementations", .array(items(.implementations))),
            ("regions", .array(items(.regions))),
            ("catalog", .object([
                ("divisions", catalog(.divisions)),
                ("licenses", catalog(.licenses)),
                ("materials", catalog(.materials)),
            ])),
        ])
    }

    /// Where a file's part goes in the export, in the document's order.
    public enum Section: Int, Sendable, Comparable, CaseIterable {
        case registry, lists, matters, implementations, regions, divisions, licenses, materials

        public static func < (a: Section, b: Section) -> Bool { a.rawValue < b.rawValue }

        init(_ kind: FileKind) {
            switch kind {
            case .manifest: self = .registry
            case .list: self = .lists
            case .matter: self = .matters
            case .implementation: self = .implementations
            case .region: self = .regions
            case .divisions: self = .divisions
            case .licenses: self = .licenses
            case .materials: self = .materials
            }
        }
    }

    /// The section of `file`'s part and its sort key there: the id, `division/matter` for an
    /// implementation, the division for a region file.
    public static func place(_ file: RegistryFile) -> (section: Section, key: String) {
        let section = Section(file.kind)
        switch section {
        case .implementations: return (section, (file.division ?? "") + "/" + file.id)
        case .regions: return (section, file.division ?? "")
        case .lists, .matters: return (section, file.id)
        case .registry, .divisions, .licenses, .materials: return (section, "")
        }
    }

    /// The indices of `files` in the order of their parts in the export (each key made once).
    public static func order(_ files: [RegistryFile]) -> [Int] {
        let places = files.map(place)
        return places.indices.sorted { a, b in
            places[a].section != places[b].section ? places[a].section < places[b].section : places[a].key < places[b].key
        }
    }

    /// One file's part of the export, with its section and sort key (`licenses`: the licence
    /// ids, asked for a matter's 免提交 count only).
    static func part(_ file: DecodedFile, licenses: () -> Set<String>) -> (Section, String, JSON) {
        let (section, key) = place(file.file)
        let kind = file.file.kind
        let value = file.value
        switch section {
        case .registry, .divisions, .licenses, .materials:
            return (section, key, json(value, kind.rootType))
        case .lists:
            return (section, key, json(value, kind.rootType, leading: [("id", .string(file.file.id))]))
        case .matters:
            var matter = json(value, kind.rootType, leading: [("id", .string(file.file.id))])
            if case .object(let pairs) = matter, case .matter(let model)? = file.model {
                matter = .object(pairs + [("exemption", exemption(model, licenses()))])
            }
            return (section, key, matter)
        case .implementations:
            return (section, key, json(value, kind.rootType, leading: [
                ("division", .string(file.file.division ?? "")), ("matter", .string(file.file.id)),
            ]))
        case .regions:
            return (section, key, json(value, kind.rootType, leading: [("division", .string(file.file.division ?? ""))]))
        }
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

    /// Reads the registry `source` holds and writes its export to `write` as it goes, in pieces
    /// of about a megabyte: the same bytes as `render`, without ever holding the document or
    /// more than `batch` files' values (`RegistryLoader.stream`). Returns the registry as lint
    /// loads it, for the caller to check before it keeps what was written: a registry with
    /// errors is not exported.
    /// - Throws: what `write` throws, or `RunFailure` when the registry cannot be listed.
    public static func stream(from source: any RegistrySource, batch: Int = 4096, to write: ([UInt8]) throws -> Void) throws -> Registry {
        var writer = ExportWriter()
        let registry = try RegistryLoader.stream(from: source, batch: batch, order: order, render: { file, catalog -> (Section, [UInt8]) in
            let (section, _, value) = part(file, licenses: { catalog.licenseIDs })
            return (section, value.utf8(indent: section.indent))
        }, emit: { (piece: (Section, [UInt8])) in try writer.add(piece.0, piece.1, to: write) })
        try writer.finish(to: write)
        return registry
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
