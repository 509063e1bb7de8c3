import YAMLSource

/// Compares two states of a registry — two revisions, a revision and the working tree, or two
/// folders — list by list.
///
/// What it reads: both sides' listings of `lists/`, `matters/`, `registry.yaml` and
/// `catalog/materials.yaml` with blob ids (git's own for revisions, computed for folders). It parses
/// every list file (once when identical on both sides), the manifests, every matter file whose blob
/// id differs (both sides) with the material catalogs to canonicalize material names, and — for
/// names only — the matter files of entries that were added, removed or moved. Matter files with
/// the same blob id on both sides are never parsed otherwise; implementations (`regions/`) are
/// never read, since they are not standards.
public enum RegistryDiffer {
    static let folders = ["lists", "matters"]
    static let files = ["registry.yaml", "catalog/materials.yaml"]

    /// Findings that mean a file could not be read as a whole: such a file is left out of the
    /// comparison and its findings are reported instead.
    static let unusableRules: Set<RuleID> = [.yamlSyntax, .encoding, .fileAccess, .limits, .yamlAlias]

    /// The differences from `old` to `new`.
    /// - Parameter list: compare only this list (and report no unlisted matters).
    /// - Throws: `SourceError` when a side cannot be listed, a side's schema is newer than this
    ///   tongban, or `list` is on neither side.
    public static func diff(old: any SnapshotSource, new: any SnapshotSource, list: String? = nil) throws -> RegistryDiff {
        let listings = [old, new].parallelMap { source in
            Result { try source.snapshot(folders: folders, files: files) }
        }
        var state = DiffState(old: old, new: new, oldFiles: try listings[0].get(), newFiles: try listings[1].get())
        return try state.run(list: list)
    }
}

/// The working state of one diff: listings, decoded files, and what was parsed.
private struct DiffState {
    let sources: [DiffSide: any SnapshotSource]
    let blobs: [DiffSide: [String: ObjectID?]]
    /// Per side: list id → path, matter id → path.
    var lists: [DiffSide: [String: String]] = [.old: [:], .new: [:]]
    var matters: [DiffSide: [String: String]] = [.old: [:], .new: [:]]
    var decoded: [String: DecodedFile] = [:]

    init(old: any SnapshotSource, new: any SnapshotSource, oldFiles: [SnapshotFile], newFiles: [SnapshotFile]) {
        sources = [.old: old, .new: new]
        blobs = [
            .old: Dictionary(oldFiles.map { ($0.path, $0.blob) }, uniquingKeysWith: { a, _ in a }),
            .new: Dictionary(newFiles.map { ($0.path, $0.blob) }, uniquingKeysWith: { a, _ in a }),
        ]
        for (side, files) in [(DiffSide.old, oldFiles), (.new, newFiles)] {
            var listPaths: [String: String] = [:]
            var matterPaths: [String: String] = [:]
            // Sorted, so `x.yaml` wins over `x.yml` (lint reports the pair).
            for path in files.map(\.path).sorted() {
                guard case .kind(let kind, let id, _) = FilePlace.of(path) else { continue }
                switch kind {
                case .list where listPaths[id] == nil: listPaths[id] = path
                case .matter where matterPaths[id] == nil: matterPaths[id] = path
                default: break
                }
            }
            lists[side] = listPaths
            matters[side] = matterPaths
        }
    }

    /// The entries of one list on both sides.
    typealias Membership = (id: String, name: String, old: [ServiceList.Entry], new: [ServiceList.Entry], adjustment: ListAdjustment)

    mutating func run(list only: String?) throws -> RegistryDiff {
        let listIDs = Set(lists[.old, default: [:]].keys).union(lists[.new, default: [:]].keys).sorted()
        if let only, !listIDs.contains(only) {
            throw SourceError(Message(zh: "两侧都没有清单 \(only)", en: "no list '\(only)' on either side"))
        }
        let comparedLists = only.map { [$0] } ?? listIDs
        let changedMatters = Set(matters[.old, default: [:]].keys).union(matters[.new, default: [:]].keys)
            .filter { id in
                let oldPath = matters[.old]?[id], newPath = matters[.new]?[id]
                guard let oldPath, let newPath, oldPath == newPath else { return true }
                return !unchanged(oldPath)
            }.sorted()

        // Wave 1: manifests, lists, changed matters (and the catalogs that name materials).
        var wave: [(DiffSide, String)] = []
        for side in [DiffSide.old, .new] {
            if blobs[side]?["registry.yaml"] != nil { wave.append((side, "registry.yaml")) }
            for id in comparedLists { if let path = lists[side]?[id] { wave.append((side, path)) } }
            for id in changedMatters { if let path = matters[side]?[id] { wave.append((side, path)) } }
            if !changedMatters.isEmpty, blobs[side]?["catalog/materials.yaml"] != nil { wave.append((side, "catalog/materials.yaml")) }
        }
        decode(wave)
        try checkSchema()

        let changes = matterChanges(changedMatters)
        // Lists that could not be parsed on a side are left out (their findings say why).
        let memberships = comparedLists.compactMap { id -> Membership? in
            guard let before = listModel(id, .old), let after = listModel(id, .new) else { return nil }
            let adjustment = before.list.flatMap { old in after.list.map { ListAdjustment.between(old, $0) } } ?? ListAdjustment()
            return (id, after.name ?? before.name ?? id, before.entries, after.entries, adjustment)
        }
        decodeNames(memberships)
        let unlisted = only == nil ? unlistedDiff(changedMatters, changes) : UnlistedDiff()
        return RegistryDiff(lists: memberships.map { listDiff($0, changes) }, unlisted: unlisted, diagnostics: diagnostics(), statistics: statistics())
    }

    /// How each changed matter's standard changed (nil entries: no change, or not comparable).
    func matterChanges(_ ids: [String]) -> [String: MatterChange] {
        let synonyms = [DiffSide.old: synonymTable(.old), .new: synonymTable(.new)]
        var changes: [String: MatterChange] = [:]
        for id in ids {
            guard let before = comparable(id, .old, synonyms[.old] ?? [:]),
                  let after = comparable(id, .new, synonyms[.new] ?? [:]) else { continue }
            let name = displayName(id, preferring: after.exists ? .new : .old)
            changes[id] = MatterComparison.change(from: before.matter, to: after.matter, name: name ?? id)
        }
        return changes
    }

    /// Wave 2: parses, for their names, the matters that joined, left or moved without their file changing.
    mutating func decodeNames(_ memberships: [Membership]) {
        var names: [(DiffSide, String)] = []
        for membership in memberships {
            let oldBatch = Self.batches(membership.old), newIDs = Set(membership.new.map(\.matter.value))
            for entry in membership.new where oldBatch[entry.matter.value].map({ $0 != entry.batch?.value }) ?? true {
                if let path = matters[.new]?[entry.matter.value] { names.append((.new, path)) }
            }
            for entry in membership.old where !newIDs.contains(entry.matter.value) {
                if let path = matters[.old]?[entry.matter.value] { names.append((.old, path)) }
            }
        }
        decode(names.filter { decoded[key($0.0, $0.1)] == nil })
    }

    /// One list's added, removed, changed and moved entries.
    func listDiff(_ membership: Membership, _ changes: [String: MatterChange]) -> ListDiff {
        var diff = ListDiff(id: membership.id, name: membership.name, adjustment: membership.adjustment)
        let oldBatch = Self.batches(membership.old)
        let newIDs = Set(membership.new.map(\.matter.value))
        for entry in membership.new {
            let id = entry.matter.value
            let name = displayName(id, preferring: .new) ?? id
            guard let before = oldBatch[id] else {
                diff.added.append(ListMembership(matter: id, name: name, batch: entry.batch?.value))
                continue
            }
            if before != entry.batch?.value {
                diff.moved.append(BatchMove(matter: id, name: name, from: before, to: entry.batch?.value))
            }
            if let change = changes[id] { diff.changed.append(change) }
        }
        for entry in membership.old where !newIDs.contains(entry.matter.value) {
            let id = entry.matter.value
            diff.removed.append(ListMembership(matter: id, name: displayName(id, preferring: .old) ?? id, batch: entry.batch?.value))
        }
        return diff
    }

    // MARK: - Reading

    /// Whether `path` has the same known blob id on both sides.
    func unchanged(_ path: String) -> Bool {
        guard let a = blobs[.old]?[path] ?? nil, let b = blobs[.new]?[path] ?? nil else { return false }
        return a == b
    }

    /// The decoded-file key: a file identical on both sides is parsed once, as `both:`.
    func key(_ side: DiffSide, _ path: String) -> String {
        unchanged(path) ? "both:" + path : side.rawValue + ":" + path
    }

    /// Reads the files of `requests` (all of one side in one stream) and decodes them in parallel.
    mutating func decode(_ requests: [(DiffSide, String)]) {
        var keys: Set<String> = []
        var jobs: [DecodeJob] = []
        for (side, path) in requests {
            let key = key(side, path)
            guard decoded[key] == nil, !keys.contains(key), case .kind(let kind, let id, let division) = FilePlace.of(path) else { continue }
            keys.insert(key)
            let readFrom: DiffSide = key.hasPrefix("old:") ? .old : .new
            jobs.append(DecodeJob(key: key, side: readFrom, snapshot: SnapshotFile(path: path, blob: blobs[readFrom]?[path] ?? nil),
                                  file: RegistryFile(path: path, kind: kind, id: id, division: division)))
        }
        var work: [(DecodeJob, Result<[UInt8], any Error>)] = []
        for side in [DiffSide.old, .new] {
            let sideJobs = jobs.filter { $0.side == side }
            guard !sideJobs.isEmpty, let source = sources[side] else { continue }
            work += zip(sideJobs, source.contents(of: sideJobs.map(\.snapshot), limit: YAMLReader.maxFileSize)).map { ($0, $1) }
        }
        let results = work.parallelMap { job, bytes in Self.decode(bytes, as: job.file) }
        for ((job, _), file) in zip(work, results) { decoded[job.key] = file }
    }

    /// One file's model and findings; a file that could not be read is a `file-access` finding.
    static func decode(_ bytes: Result<[UInt8], any Error>, as file: RegistryFile) -> DecodedFile {
        switch bytes {
        case .success(let bytes):
            var decoded = FileDecoder.decode(bytes, as: file)
            decoded.rewrites = []
            return decoded
        case .failure(let error):
            let message = (error as? SourceError).map { FileAccessRule.unreadable($0.message.zh, $0.message.en) } ?? FileAccessRule.unreadable("\(error)", "\(error)")
            return DecodedFile(file: file, model: nil, diagnostics: [Diagnostic(file: file.path, range: .fileStart, severity: .error, rule: .fileAccess, message: message)], rewrites: [])
        }
    }

    /// The decoded file at `side`, nil when the side has no such file.
    func file(_ side: DiffSide, _ path: String?) -> DecodedFile? {
        path.flatMap { decoded[key(side, $0)] }
    }

    static func usable(_ file: DecodedFile) -> Bool {
        file.model != nil && !file.diagnostics.contains { $0.severity == .error && RegistryDiffer.unusableRules.contains($0.rule) }
    }

    func checkSchema() throws {
        for side in [DiffSide.old, .new] {
            guard let file = file(side, blobs[side]?["registry.yaml"] != nil ? "registry.yaml" : nil),
                  case .manifest(let manifest)? = file.model, let schema = manifest.schema?.value,
                  schema > Schemas.version else { continue }
            let which = side == .old ? ("旧", "old") : ("新", "new")
            throw SourceError(Message(
                zh: "\(which.0)版本的标准库格式版本为 \(schema)，本 tongban 只支持到 \(Schemas.version)",
                en: "the \(which.1) registry has schema \(schema); this tongban reads schema \(Schemas.version) at most"))
        }
    }

    /// Material synonym → canonical name, from the side's `catalog/materials.yaml`, by the same
    /// rules the loader decodes with (`DecodingContext`).
    func synonymTable(_ side: DiffSide) -> [String: String] {
        guard let file = file(side, blobs[side]?["catalog/materials.yaml"] != nil ? "catalog/materials.yaml" : nil),
              case .materials(let names)? = file.model else { return [:] }
        return DecodingContext(materials: names).materialNames
    }

    /// The matter to compare at `side`: the decoded one, or an empty one when the file does not
    /// exist there; nil when the file exists but could not be parsed.
    func comparable(_ id: String, _ side: DiffSide, _ synonyms: [String: String]) -> (matter: Matter, exists: Bool)? {
        guard let path = matters[side]?[id] else { return (MatterComparison.absent(id), false) }
        guard let file = file(side, path), Self.usable(file), case .matter(let matter)? = file.model else { return nil }
        var compared = MatterComparison.canonical(matter, synonyms: synonyms)
        compared.sources = []
        return (compared, true)
    }

    /// A matter's name at `side` (falling back to the other side), when its file was parsed.
    func displayName(_ id: String, preferring side: DiffSide) -> String? {
        for s in side == .new ? [DiffSide.new, .old] : [.old, .new] {
            if case .matter(let matter)? = file(s, matters[s]?[id])?.model, let name = matter.name?.value { return name }
        }
        return nil
    }

    /// The entries of the list at `side` (none when the file does not exist there) and its name;
    /// nil when the file could not be parsed.
    func listModel(_ id: String, _ side: DiffSide) -> (entries: [ServiceList.Entry], name: String?, list: ServiceList?)? {
        guard let path = lists[side]?[id] else { return ([], nil, nil) }
        guard let file = file(side, path), Self.usable(file), case .list(let list)? = file.model else { return nil }
        return (Self.unique(list.entries), list.name?.value, list)
    }

    /// Entries with the first occurrence of each matter kept (a duplicate is a lint error).
    static func unique(_ entries: [ServiceList.Entry]) -> [ServiceList.Entry] {
        var seen: Set<String> = []
        return entries.filter { seen.insert($0.matter.value).inserted }
    }

    /// Matter id → batch id of a list's (unique) entries.
    static func batches(_ entries: [ServiceList.Entry]) -> [String: String?] {
        Dictionary(entries.map { ($0.matter.value, $0.batch?.value) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: - Results

    func listedMatters(_ side: DiffSide) -> Set<String> {
        var ids: Set<String> = []
        for path in (lists[side] ?? [:]).values {
            if let file = file(side, path), Self.usable(file), case .list(let list)? = file.model {
                ids.formUnion(list.entries.map(\.matter.value))
            }
        }
        return ids
    }

    func unlistedDiff(_ changedMatters: [String], _ changes: [String: MatterChange]) -> UnlistedDiff {
        let listedBefore = listedMatters(.old), listedNow = listedMatters(.new)
        var unlisted = UnlistedDiff()
        for id in changedMatters {
            guard let change = changes[id] else { continue }
            switch (matters[.old]?[id] != nil, matters[.new]?[id] != nil) {
            case (false, true) where !listedNow.contains(id):
                unlisted.added.append(ListMembership(matter: id, name: change.name, batch: nil))
            case (true, false) where !listedNow.contains(id) && !listedBefore.contains(id):
                unlisted.removed.append(ListMembership(matter: id, name: change.name, batch: nil))
            case (true, true) where !listedNow.contains(id):
                unlisted.changed.append(change)
            default:
                break
            }
        }
        return unlisted
    }

    func diagnostics() -> [SideDiagnostic] {
        var found: [SideDiagnostic] = []
        for (key, file) in decoded where !Self.usable(file) {
            let side: DiffSide = key.hasPrefix("old:") ? .old : .new
            found += file.diagnostics.filter { $0.severity == .error }.map { SideDiagnostic(side: side, diagnostic: $0) }
        }
        return found.sorted { a, b in
            a.side != b.side ? a.side == .old : Diagnostic.sortKey(a.diagnostic, b.diagnostic)
        }
    }

    func statistics() -> DiffStatistics {
        let paths = Set(blobs[.old, default: [:]].keys).union(blobs[.new, default: [:]].keys)
        return DiffStatistics(filesInScope: paths.count, unchangedFiles: paths.filter(unchanged).count, parsed: decoded.keys.sorted())
    }
}

/// A file to decode, the side to read it from, and the key its result is kept under.
private struct DecodeJob: Sendable {
    var key: String
    var side: DiffSide
    var snapshot: SnapshotFile
    var file: RegistryFile
}
