/// What a diff reads, worked out from the two sides' listings alone: which list and matter
/// files there are, which changed (their blob ids differ), and under which key each file read is
/// kept (a file identical on both sides is read once). Pure: it reads no file.
struct DiffPlan {
    static let folders = ["lists", "matters"]
    static let files = ["registry.yaml", "catalog/materials.yaml"]

    let old: Snapshot
    let new: Snapshot
    private let lookups: SnapshotLookups
    /// Per side: list id → path.
    let lists: [DiffSide: [String: String]]

    init(old: Snapshot, new: Snapshot) {
        (self.old, self.new) = (old, new)
        lookups = SnapshotLookups(old: old, new: new)
        var lists: [DiffSide: [String: String]] = [:]
        for (side, snapshot) in [(DiffSide.old, old), (.new, new)] {
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

    /// Every list id on either side, sorted.
    var listIDs: [String] {
        Set(lists[.old, default: [:]].keys).union(lists[.new, default: [:]].keys).sorted()
    }

    /// The matters whose file differs between the sides (added, removed, renamed or edited),
    /// found by walking both sorted `matters/` listings side by side.
    func changedMatterIDs() -> [String] {
        var candidates: Set<String> = []
        Snapshot.merge("matters", old, new) { name, old, new in
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

    /// The first files to read: both sides' manifests, the compared lists, the changed matters
    /// and, when there are any, the material catalogs that name their materials.
    func firstReads(lists compared: [String], changedMatters: [String]) -> [(DiffSide, String)] {
        var reads: [(DiffSide, String)] = []
        for side in [DiffSide.old, .new] {
            if exists("registry.yaml", side) { reads.append((side, "registry.yaml")) }
            for id in compared { if let path = lists[side]?[id] { reads.append((side, path)) } }
            if !changedMatters.isEmpty, exists("catalog/materials.yaml", side) { reads.append((side, "catalog/materials.yaml")) }
            for id in changedMatters { if let path = matterPath(id, side) { reads.append((side, path)) } }
        }
        return reads
    }

    /// The files to read, for their names, of the matters that joined, left or moved between
    /// batches (the reader skips those already read).
    func nameReads(_ memberships: [ComparedList]) -> [(DiffSide, String)] {
        var reads: [(DiffSide, String)] = []
        for membership in memberships {
            for entry in membership.new where membership.oldBatches[entry.matter.value].map({ $0 != entry.batch?.value }) ?? true {
                if let path = matterPath(entry.matter.value, .new) { reads.append((.new, path)) }
            }
            for entry in membership.old where membership.newBatches[entry.matter.value] == nil {
                if let path = matterPath(entry.matter.value, .old) { reads.append((.old, path)) }
            }
        }
        return reads
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

    /// The key a file read is kept under: a file identical on both sides is read once, as `both`.
    func key(_ side: DiffSide, _ path: String) -> DecodedKey {
        DecodedKey(scope: unchanged(path) ? .both : side == .old ? .old : .new, path: path)
    }

    /// How many files the listings hold and how many are the same on both sides.
    func statistics(parsed: [DecodedKey]) -> DiffStatistics {
        var inScope = 0, unchanged = 0
        for folder in Snapshot.folders(old, new) {
            Snapshot.merge(folder, old, new) { _, old, new in
                inScope += 1
                if let a = old?.blob, let b = new?.blob, a == b { unchanged += 1 }
            }
        }
        return DiffStatistics(filesInScope: inScope, unchangedFiles: unchanged, parsed: parsed.map(\.description).sorted())
    }
}

/// Where a decoded file came from: one side, or both when it is identical on both.
struct DecodedKey: Hashable, Sendable, CustomStringConvertible {
    enum Scope: String, Sendable { case old, new, both }
    var scope: Scope
    var path: String

    /// The side a file under this key is read from (`both`: either; the new one).
    var side: DiffSide { scope == .old ? .old : .new }

    /// `old:matters/x.yaml`, `both:registry.yaml`.
    var description: String { scope.rawValue + ":" + path }
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
