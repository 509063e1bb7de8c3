/// A whole registry, decoded: every file's model, and every finding.
public struct Registry: Sendable {
    public var manifest: Manifest?
    public var lists: [ServiceList] = []
    public var matters: [Matter] = []
    public var implementations: [Implementation] = []
    /// The regions' own files (`regions/<division>/region.yaml`), in division order.
    public var regions: [Region] = []
    public var catalog = Catalog()
    /// Every file of a known kind, with its path, kind and id (even when it failed to parse).
    public var files: [RegistryFile] = []
    /// Findings of all files, sorted; after `Linter.check`, of the cross-file rules too.
    public var diagnostics: [Diagnostic] = []
    /// The suppression comments that can be honoured, by file (only files that have some).
    public var suppressions: [String: [Suppression]] = [:]
    /// After `Linter.check`: the findings a suppression comment silenced, sorted, with its reason.
    public var suppressed: [SuppressedDiagnostic] = []
    /// Loading stopped at a manifest with a newer schema: no other file was decoded, and no
    /// cross-file rule may run on what there is.
    public internal(set) var stoppedAtManifest = false

    public init() {}

    public func matter(_ id: String) -> Matter? { matters.first { $0.id == id } }
    public func list(_ id: String) -> ServiceList? { lists.first { $0.id == id } }
    /// The region file of `division`, if it has one.
    public func region(_ division: String) -> Region? { regions.first { $0.division == division } }

    /// The region files by division, the first of each as `region(_:)` finds it: for looking up
    /// many divisions (3,000 at national scale) without a scan each.
    public var regionsByDivision: [String: Region] {
        var byDivision: [String: Region] = [:]
        for r in regions where byDivision[r.division] == nil { byDivision[r.division] = r }
        return byDivision
    }

    /// The implementations of `matterID`, in division order.
    public func implementations(of matterID: String) -> [Implementation] {
        implementations.filter { $0.matterID == matterID }.sorted { $0.division < $1.division }
    }

    /// The lists that have `matterID` as an entry.
    public func lists(containing matterID: String) -> [ServiceList] {
        lists.filter { $0.entries.contains { $0.matter.value == matterID } }
    }
}

/// One file of the registry: where it is and what it is.
public struct RegistryFile: Sendable, Hashable {
    public var path: String
    public var kind: FileKind
    public var id: String
    public var division: String?
}

extension RegistryFile {
    /// The file at `path` (relative to the registry root), of the kind its place says; nil for a
    /// path where no kind of file belongs (`FilePlace.of`).
    public init?(at path: String) {
        guard case .kind(let kind, let id, let division) = FilePlace.of(path) else { return nil }
        self.init(path: path, kind: kind, id: id, division: division)
    }
}
