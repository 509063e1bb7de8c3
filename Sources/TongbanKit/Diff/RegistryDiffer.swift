import Dispatch
import Foundation
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
        var state = DiffState(old: old, new: new, oldSnapshot: try listings[0].get(), newSnapshot: try listings[1].get())
        let diff = try state.run(list: list)
        releaseInBackground(state)
        return diff
    }
}

/// The working state of one diff: listings, decoded files, and what was parsed.
private struct DiffState {
    let oldSource: any SnapshotSource
    let newSource: any SnapshotSource
    let oldSnapshot: Snapshot
    let newSnapshot: Snapshot
    let lookups: SnapshotLookups
    /// Per side: list id → path.
    let lists: [DiffSide: [String: String]]
    var decoded: [DecodedKey: DecodedFile] = [:]
    /// Files handed to `begin` so far.
    var requested: Set<DecodedKey> = []
    /// Per decoded list file: its entries, the first for each matter, and each one's batch.
    var listIndexes: [DecodedKey: ListIndex] = [:]

    init(old: any SnapshotSource, new: any SnapshotSource, oldSnapshot: Snapshot, newSnapshot: Snapshot) {
        (oldSource, newSource, self.oldSnapshot, self.newSnapshot) = (old, new, oldSnapshot, newSnapshot)
        lookups = SnapshotLookups(old: oldSnapshot, new: newSnapshot)
        var lists: [DiffSide: [String: String]] = [:]
        for (side, snapshot) in [(DiffSide.old, oldSnapshot), (.new, newSnapshot)] {
            var paths: [String: String] = [:]
            for entry in snapshot.entries(in: "lists") {
                guard case .kind(.list, let id, _) = FilePlace.of("lists/" + entry.name) else { continue }
                // Names come sorted, so `x.yaml` wins over `x.yml` (lint reports the pair).
                if paths[id] == nil { paths[id] = "lists/" + entry.name }
            }
            lists[side] = paths
        }
        self.lists = lists
    }

    /// One list's entries on both sides (duplicates dropped: lint reports them).
    struct Membership {
        var id: String
        var name: String
        var old: [ServiceList.Entry]
        var new: [ServiceList.Entry]
        var oldBatches: [String: String?]
        var newBatches: [String: String?]
        var adjustment: ListAdjustment
    }

    mutating func run(list only: String?) throws -> RegistryDiff {
        let listIDs = Set(lists[.old, default: [:]].keys).union(lists[.new, default: [:]].keys).sorted()
        if let only, !listIDs.contains(only) {
            throw SourceError(Message(zh: "两侧都没有清单 \(only)", en: "no list '\(only)' on either side"))
        }
        let comparedLists = only.map { [$0] } ?? listIDs
        let changedMatters = changedMatterIDs()

        // Wave 1: manifests, lists, changed matters (and the catalogs that name materials).
        var wave: [(DiffSide, String)] = []
        for side in [DiffSide.old, .new] {
            if exists("registry.yaml", side) { wave.append((side, "registry.yaml")) }
            for id in comparedLists { if let path = lists[side]?[id] { wave.append((side, path)) } }
            if !changedMatters.isEmpty, exists("catalog/materials.yaml", side) { wave.append((side, "catalog/materials.yaml")) }
            for id in changedMatters { if let path = matterPath(id, side) { wave.append((side, path)) } }
        }
        // Decoding goes on while the lists' results are used: as soon as both sides' lists are
        // decoded, the matters that joined, left or moved are read for their names.
        let first = begin(wave)
        absorb(first, lists: true)
        // Lists that could not be parsed on a side are left out (their findings say why).
        let memberships = comparedLists.compactMap(membership)
        let names = begin(nameRequests(memberships))
        absorb(first, lists: false)
        absorb(names, lists: false)
        try checkSchema()

        let changes = matterChanges(changedMatters)
        let unlisted = only == nil ? unlistedDiff(changedMatters, changes) : UnlistedDiff()
        return RegistryDiff(lists: memberships.map { listDiff($0, changes) }, unlisted: unlisted, diagnostics: diagnostics(), statistics: statistics())
    }

    /// The matters whose file differs between the sides (added, removed, renamed or edited),
    /// found by walking both sorted `matters/` listings side by side.
    func changedMatterIDs() -> [String] {
        var candidates: Set<String> = []
        Snapshot.merge("matters", oldSnapshot, newSnapshot) { name, old, new in
            if let old, let new, let a = old.blob, let b = new.blob, a == b { return }
            if case .kind(.matter, let id, _) = FilePlace.of("matters/" + name) { candidates.insert(id) }
        }
        return candidates.filter { id in
            let oldPath = matterPath(id, .old), newPath = matterPath(id, .new)
            guard oldPath != nil || newPath != nil else { return false }
            guard let oldPath, let newPath, oldPath == newPath else { return true }
            return !unchanged(oldPath)
        }.sorted()
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

    /// A list's entries on both sides; nil when its file could not be parsed on a side.
    func membership(_ id: String) -> Membership? {
        guard let before = listModel(id, .old), let after = listModel(id, .new) else { return nil }
        let adjustment = before.list.flatMap { old in after.list.map { ListAdjustment.between(old, $0) } } ?? ListAdjustment()
        return Membership(id: id, name: after.name ?? before.name ?? id, old: before.entries, new: after.entries,
                          oldBatches: before.batches, newBatches: after.batches, adjustment: adjustment)
    }

    /// The files to read, for their names, of the matters that joined, left or moved (`begin`
    /// skips those already read).
    func nameRequests(_ memberships: [Membership]) -> [(DiffSide, String)] {
        var names: [(DiffSide, String)] = []
        for membership in memberships {
            for entry in membership.new where membership.oldBatches[entry.matter.value].map({ $0 != entry.batch?.value }) ?? true {
                if let path = matterPath(entry.matter.value, .new) { names.append((.new, path)) }
            }
            for entry in membership.old where membership.newBatches[entry.matter.value] == nil {
                if let path = matterPath(entry.matter.value, .old) { names.append((.old, path)) }
            }
        }
        return names
    }

    /// One list's added, removed, changed and moved entries.
    func listDiff(_ membership: Membership, _ changes: [String: MatterChange]) -> ListDiff {
        var diff = ListDiff(id: membership.id, name: membership.name, adjustment: membership.adjustment)
        for entry in membership.new {
            let id = entry.matter.value
            guard let before = membership.oldBatches[id] else {
                diff.added.append(ListMembership(matter: id, name: displayName(id, preferring: .new) ?? id, batch: entry.batch?.value))
                continue
            }
            if before != entry.batch?.value {
                diff.moved.append(BatchMove(matter: id, name: displayName(id, preferring: .new) ?? id, from: before, to: entry.batch?.value))
            }
            if let change = changes[id] { diff.changed.append(change) }
        }
        for entry in membership.old where membership.newBatches[entry.matter.value] == nil {
            let id = entry.matter.value
            diff.removed.append(ListMembership(matter: id, name: displayName(id, preferring: .old) ?? id, batch: entry.batch?.value))
        }
        return diff
    }

    // MARK: - Listings

    func source(_ side: DiffSide) -> any SnapshotSource {
        side == .old ? oldSource : newSource
    }

    /// The file of matter `id` at `side`: `matters/<id>.yaml`, else `matters/<id>.yml`.
    func matterPath(_ id: String, _ side: DiffSide) -> String? {
        lookups.matterPaths(id)[side]
    }

    /// Whether `path` has the same known blob id on both sides.
    func unchanged(_ path: String) -> Bool {
        let entries = lookups.entries(path)
        guard let a = entries.old?.blob, let b = entries.new?.blob else { return false }
        return a == b
    }

    /// Whether `side` has a file at `path`.
    func exists(_ path: String, _ side: DiffSide) -> Bool {
        lookups.entries(path)[side] != nil
    }

    /// The blob id of `path` at `side`, when known.
    func blob(_ path: String, _ side: DiffSide) -> ObjectID? {
        lookups.entries(path)[side]?.blob
    }

    /// The decoded-file key: a file identical on both sides is parsed once, as `both`.
    func key(_ side: DiffSide, _ path: String) -> DecodedKey {
        DecodedKey(scope: unchanged(path) ? .both : side == .old ? .old : .new, path: path)
    }

    // MARK: - Reading

    /// Files being decoded on other threads: each job's slot is filled when its file is done.
    struct PendingDecode {
        var jobs: [DecodeJob]
        var results: DecodedSlots
        /// Entered for each list file's job, left when it is decoded.
        var lists: DispatchGroup
        /// Entered for every other job.
        var others: DispatchGroup
    }

    /// Reads the files of `requests` not decoded or requested yet (each side's in one stream,
    /// lists first) and hands each one to another thread to decode as soon as it has arrived.
    /// Returns when everything is read; `absorb` waits for the decoding.
    mutating func begin(_ requests: [(DiffSide, String)]) -> PendingDecode {
        var jobs: [DecodeJob] = []
        for (side, path) in requests {
            let key = key(side, path)
            guard decoded[key] == nil, requested.insert(key).inserted, let file = RegistryFile(at: path) else { continue }
            let readFrom: DiffSide = key.scope == .old ? .old : .new
            jobs.append(DecodeJob(key: key, side: readFrom, snapshot: SnapshotFile(path: path, blob: blob(path, readFrom)), file: file))
        }
        let pending = PendingDecode(jobs: jobs, results: DecodedSlots(count: jobs.count), lists: DispatchGroup(), others: DispatchGroup())
        // Lists first, from both sides: they take longest to decode, and their entries say
        // which other files to read.
        for (side, lists) in [(DiffSide.old, true), (.new, true), (.old, false), (.new, false)] {
            let indices = jobs.indices.filter { jobs[$0].side == side && (jobs[$0].file.kind == .list) == lists }
            guard !indices.isEmpty else { continue }
            let group = lists ? pending.lists : pending.others
            source(side).stream(indices.map { jobs[$0].snapshot }, limit: YAMLReader.maxFileSize) { offset, bytes in
                let slot = indices[offset], file = jobs[slot].file, results = pending.results
                DispatchQueue.global().async(group: group) {
                    results.set(slot, Self.decode(bytes, as: file))
                }
            }
        }
        return pending
    }

    /// Waits for the list files of `pending` (or for all its other files) and keeps what they decoded to.
    mutating func absorb(_ pending: PendingDecode, lists: Bool) {
        (lists ? pending.lists : pending.others).wait()
        let values = pending.results.values
        for (job, file) in zip(pending.jobs, values) where (job.file.kind == .list) == lists {
            guard let file else { continue }
            decoded[job.key] = file
            if lists, case .list(let list)? = file.model { listIndexes[job.key] = ListIndex(list.entries) }
        }
    }

    /// One file's model and findings; a file that could not be read is a `file-access` finding.
    static func decode(_ bytes: Result<[UInt8], any Error>, as file: RegistryFile) -> DecodedFile {
        switch bytes {
        case .success(let bytes):
            var decoded = FileDecoder.decode(bytes, as: file)
            decoded.rewrites = []
            return decoded
        case .failure(let error):
            let message = (error as? SourceError).map { Message.unreadable($0.message.zh, $0.message.en) } ?? Message.unreadable("\(error)", "\(error)")
            return DecodedFile(file: file, model: nil, diagnostics: [Diagnostic(file: file.path, range: .fileStart, rule: .fileAccess, message: message)], rewrites: [])
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
            guard let file = file(side, exists("registry.yaml", side) ? "registry.yaml" : nil),
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
        guard let file = file(side, exists("catalog/materials.yaml", side) ? "catalog/materials.yaml" : nil),
              case .materials(let names)? = file.model else { return [:] }
        return DecodingContext(materials: names).materialNames
    }

    /// The matter to compare at `side`: the decoded one, or an empty one when the file does not
    /// exist there; nil when the file exists but could not be parsed.
    func comparable(_ id: String, _ side: DiffSide, _ synonyms: [String: String]) -> (matter: Matter, exists: Bool)? {
        guard let path = matterPath(id, side) else { return (MatterComparison.absent(id), false) }
        guard let file = file(side, path), Self.usable(file), case .matter(let matter)? = file.model else { return nil }
        var compared = MatterComparison.canonical(matter, synonyms: synonyms)
        compared.sources = []
        return (compared, true)
    }

    /// A matter's name at `side` (falling back to the other side), when its file was parsed.
    func displayName(_ id: String, preferring side: DiffSide) -> String? {
        for s in side == .new ? [DiffSide.new, .old] : [.old, .new] {
            if case .matter(let matter)? = file(s, matterPath(id, s))?.model, let name = matter.name?.value { return name }
        }
        return nil
    }

    /// The entries of the list at `side` (none when the file does not exist there), each matter's
    /// batch, and its name; nil when the file could not be parsed.
    func listModel(_ id: String, _ side: DiffSide) -> (entries: [ServiceList.Entry], batches: [String: String?], name: String?, list: ServiceList?)? {
        guard let path = lists[side]?[id] else { return ([], [:], nil, nil) }
        let key = key(side, path)
        guard let file = decoded[key], Self.usable(file), case .list(let list)? = file.model else { return nil }
        let index = listIndexes[key] ?? ListIndex(list.entries)
        return (index.entries, index.batches, list.name?.value, list)
    }

    // MARK: - Results

    /// Whether a usable list at `side` has matter `id`.
    func isListed(_ id: String, _ side: DiffSide) -> Bool {
        (lists[side] ?? [:]).values.contains { path in
            let key = key(side, path)
            guard let file = decoded[key], Self.usable(file) else { return false }
            return listIndexes[key]?.batches[id] != nil
        }
    }

    func unlistedDiff(_ changedMatters: [String], _ changes: [String: MatterChange]) -> UnlistedDiff {
        var unlisted = UnlistedDiff()
        for id in changedMatters {
            guard let change = changes[id] else { continue }
            let listedNow = isListed(id, .new)
            switch (matterPath(id, .old) != nil, matterPath(id, .new) != nil) {
            case (false, true) where !listedNow:
                unlisted.added.append(ListMembership(matter: id, name: change.name, batch: nil))
            case (true, false) where !listedNow && !isListed(id, .old):
                unlisted.removed.append(ListMembership(matter: id, name: change.name, batch: nil))
            case (true, true) where !listedNow:
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
            let side: DiffSide = key.scope == .old ? .old : .new
            found += file.diagnostics.filter { $0.severity == .error }.map { SideDiagnostic(side: side, diagnostic: $0) }
        }
        return found.sorted { a, b in
            a.side != b.side ? a.side == .old : Diagnostic.sortKey(a.diagnostic, b.diagnostic)
        }
    }

    func statistics() -> DiffStatistics {
        var inScope = 0, unchanged = 0
        for folder in Snapshot.folders(oldSnapshot, newSnapshot) {
            Snapshot.merge(folder, oldSnapshot, newSnapshot) { _, old, new in
                inScope += 1
                if let a = old?.blob, let b = new?.blob, a == b { unchanged += 1 }
            }
        }
        return DiffStatistics(filesInScope: inScope, unchangedFiles: unchanged, parsed: decoded.keys.map(\.description).sorted())
    }
}

/// A list's entries with the first for each matter kept (a duplicate is a lint error), and
/// matter id → batch id of each.
private struct ListIndex {
    var entries: [ServiceList.Entry] = []
    var batches: [String: String?] = [:]

    init(_ all: [ServiceList.Entry]) {
        batches.reserveCapacity(all.count)
        for entry in all where batches[entry.matter.value] == nil {
            batches[entry.matter.value] = .some(entry.batch?.value)
            entries.append(entry)
        }
    }
}

/// Lookups in the two snapshots, each answered once: a diff asks for the same few hundred
/// files many times (to key, read, compare and name them).
private final class SnapshotLookups {
    struct Pair<T> {
        var old: T?
        var new: T?
        subscript(_ side: DiffSide) -> T? { side == .old ? old : new }
    }

    private let old: Snapshot
    private let new: Snapshot
    private var entryMemo: [String: Pair<SnapshotEntry>] = [:]
    private var matterMemo: [String: Pair<String>] = [:]

    init(old: Snapshot, new: Snapshot) {
        (self.old, self.new) = (old, new)
    }

    /// The file at `path` on each side.
    func entries(_ path: String) -> Pair<SnapshotEntry> {
        if let known = entryMemo[path] { return known }
        let found = Pair(old: old.entry(at: path), new: new.entry(at: path))
        entryMemo[path] = found
        return found
    }

    /// The file of matter `id` on each side: `matters/<id>.yaml`, else `matters/<id>.yml`.
    func matterPaths(_ id: String) -> Pair<String> {
        if let known = matterMemo[id] { return known }
        let candidates = ["matters/" + id + ".yaml", "matters/" + id + ".yml"].filter { path in
            guard case .kind(.matter, let found, _) = FilePlace.of(path) else { return false }
            return found == id
        }
        var found = Pair<String>()
        for path in candidates.reversed() {
            let pair = entries(path)
            if pair.old != nil { found.old = path }
            if pair.new != nil { found.new = path }
        }
        matterMemo[id] = found
        return found
    }
}

/// Where a decoded file came from: one side, or both when it is identical on both.
private struct DecodedKey: Hashable, Sendable, CustomStringConvertible {
    enum Scope: String, Sendable { case old, new, both }
    var scope: Scope
    var path: String

    /// `old:matters/x.yaml`, `both:registry.yaml`.
    var description: String { scope.rawValue + ":" + path }
}

/// A file to decode, the side to read it from, and the key its result is kept under.
private struct DecodeJob: Sendable {
    var key: DecodedKey
    var side: DiffSide
    var snapshot: SnapshotFile
    var file: RegistryFile
}

/// Decoded files filled in by several threads, each slot by one.
private final class DecodedSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [DecodedFile?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ file: DecodedFile) {
        lock.lock()
        slots[index] = file
        lock.unlock()
    }

    /// The slots; read only after every writer has finished.
    var values: [DecodedFile?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
