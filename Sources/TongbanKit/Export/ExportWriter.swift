/// The export document's frame around its parts, written as the parts arrive in document
/// order (`RegistryExporter.order`): the bytes `JSON.rendered(pretty: true)` gives for the
/// whole document, so streaming and rendering at once cannot differ.
struct ExportWriter {
    private var out: [UInt8] = []
    /// The section being written, and how many parts it has.
    private var section: RegistryExporter.Section?
    private var parts = 0
    /// Sections whose raw value is below this have been started.
    private var begun = 0

    /// Bytes are handed to `write` in runs of about this many.
    static let chunk = 1 << 20

    init() {
        out.reserveCapacity(Self.chunk + 65_536)
        out += "{\n  \"tongban_export\": \(RegistryExporter.exportVersion)".utf8
    }

    /// Adds a file's part, rendered at its section's indent (`Section.indent`). Parts come in
    /// document order; a second part of a section that holds one value (the manifest, a
    /// catalogue) is left out.
    mutating func add(_ part: RegistryExporter.Section, _ bytes: [UInt8], to write: ([UInt8]) throws -> Void) throws {
        advance(to: part)
        if part.isList {
            out += (parts == 0 ? "\n    " : ",\n    ").utf8
            out += bytes
        } else if parts == 0 {
            out += bytes
        }
        parts += 1
        if out.count >= Self.chunk { try flush(to: write) }
    }

    /// Writes the sections no part came for and the end of the document.
    mutating func finish(to write: ([UInt8]) throws -> Void) throws {
        advance(to: nil)
        out += "\n  }\n}\n".utf8
        try flush(to: write)
    }

    /// Ends the section being written, writes the sections between it and `next` as empty, and
    /// starts `next` (nil: the end of the document).
    private mutating func advance(to next: RegistryExporter.Section?) {
        if let section, section == next { return }
        if let section { end(section) }
        let upTo = next?.rawValue ?? RegistryExporter.Section.allCases.count
        for skipped in RegistryExporter.Section.allCases where skipped.rawValue >= begun && skipped.rawValue < upTo {
            begin(skipped)
            parts = 0
            end(skipped)
        }
        section = next
        parts = 0
        begun = upTo + 1
        if let next { begin(next) }
    }

    /// The section's key, and the opening bracket of an array.
    private mutating func begin(_ section: RegistryExporter.Section) {
        out += (section == .divisions ? ",\n  \"catalog\": {" : ",").utf8
        out += (section.inCatalog ? "\n    \"" : "\n  \"").utf8
        out += section.key.utf8
        out += (section.isList ? "\": [" : "\": ").utf8
    }

    /// The closing bracket of an array, or the value of a section no part came for.
    private mutating func end(_ section: RegistryExporter.Section) {
        if section.isList {
            out += (parts == 0 ? "]" : "\n  ]").utf8
        } else if parts == 0 {
            out += (section == .registry ? "null" : "[]").utf8
        }
    }

    private mutating func flush(to write: ([UInt8]) throws -> Void) throws {
        guard !out.isEmpty else { return }
        try write(out)
        out.removeAll(keepingCapacity: true)
    }
}

extension RegistryExporter.Section {
    /// Its key in the document (in `catalog` for the catalogues).
    var key: String {
        switch self {
        case .registry: "registry"
        case .lists: "lists"
        case .matters: "matters"
        case .implementations: "implementations"
        case .regions: "regions"
        case .divisions: "divisions"
        case .licenses: "licenses"
        case .materials: "materials"
        }
    }

    /// Whether the section is an array of parts (rather than one value).
    var isList: Bool { self == .lists || self == .matters || self == .implementations || self == .regions }

    /// Whether its key is in the document's `catalog` object.
    var inCatalog: Bool { self == .divisions || self == .licenses || self == .materials }

    /// The indent its parts are rendered at.
    var indent: Int {
        switch self {
        case .registry: 1
        case .lists, .matters, .implementations, .regions, .divisions, .licenses, .materials: 2
        }
    }
}
