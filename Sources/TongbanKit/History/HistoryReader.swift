import YAMLSource

/// Reads the history of a matter or a list through git: one `git log --raw` over the range for
/// the registry's `matters/`, `lists/` and catalogs names every commit and the blob ids of what
/// it changed; only those blobs (and, for the responsible department, the matter's blob at a
/// commit that changed only a list) are read through the running `git cat-file --batch` and
/// parsed, each once. Standards are compared as `diff` compares them (`MatterComparison`), so a
/// commit that only reformats is marked as such.
public enum HistoryReader {
    /// The history of matter `id` (its id at the newest revision of `range`), newest first.
    /// - Parameter root: the registry's folder, inside a git working tree.
    /// - Throws: `RunFailure` when the folder is in no repository, the range is not one, or a
    ///   git object the log names cannot be read.
    public static func matter(_ id: String, root: String, range: String = "HEAD") throws -> MatterLog {
        let store = try BlobStore(root: root)
        let log = try GitLog.read(in: root, range: range, paths: ["matters", "lists", "catalog/licenses.yaml", "catalog/materials.yaml"])
        var entries: [MatterLog.Entry] = []
        var current = id
        for commit in log.commits {
            if let entry = try matterEntry(commit, id: current, store) {
                entries.append(entry)
                if let from = entry.renamedFrom { current = from }
            }
        }
        return MatterLog(matter: id, range: range, entries: entries)
    }

    /// The history of list `id`'s membership and batches, newest first.
    /// - Throws: as `matter(_:root:range:)`.
    public static func list(_ id: String, root: String, range: String = "HEAD") throws -> ListLog {
        let store = try BlobStore(root: root)
        let path = "lists/\(id).yaml"
        let log = try GitLog.read(in: root, range: range, paths: [path])
        var entries: [ListLog.Entry] = []
        for commit in log.commits {
            guard let change = commit.changes.first(where: { $0.path == path }) else { continue }
            let old = try change.old.flatMap { try store.list($0, path) }
            let new = try change.new.flatMap { try store.list($0, path) }
            var entry = ListLog.Entry(commit: commit.id, date: commit.date, author: commit.author, email: commit.email,
                                      name: new?.displayName ?? old?.displayName ?? id)
            entry.created = change.old == nil
            entry.deleted = change.new == nil
            let before = Membership(old), after = Membership(new)
            func name(_ matter: String, _ revision: String) throws -> String {
                try store.matter(at: revision, "matters/\(matter).yaml")?.name?.value ?? matter
            }
            for item in after.entries {
                if let batch = before.batches[item.matter] {
                    if batch != item.batch { entry.moved.append(BatchMove(matter: item.matter, name: try name(item.matter, commit.id), from: batch, to: item.batch)) }
                } else {
                    entry.added.append(ListMembership(matter: item.matter, name: try name(item.matter, commit.id), batch: item.batch))
                }
            }
            for item in before.entries where after.batches[item.matter] == nil {
                entry.removed.append(ListMembership(matter: item.matter, name: try name(item.matter, commit.id + "^"), batch: item.batch))
            }
            if let old, let new { entry.adjustment = ListAdjustment.between(old, new) }
            entries.append(entry)
        }
        return ListLog(list: id, range: range, entries: entries)
    }

    // MARK: - One commit of a matter

    private static func matterEntry(_ commit: GitLog.Commit, id: String, _ store: BlobStore) throws -> MatterLog.Entry? {
        let path = "matters/\(id).yaml"
        let change = commit.changes.first { $0.path == path }
        let licencesChanged = commit.changes.contains { $0.path == "catalog/licenses.yaml" }
        var lists: [(id: String, old: ServiceList?, new: ServiceList?)] = []
        for listChange in commit.changes {
            guard case .kind(.list, let listID, _)? = Optional(FilePlace.of(listChange.path)), listChange.path.hasSuffix(".yaml") else { continue }
            lists.append((listID, try listChange.old.flatMap { try store.list($0, listChange.path) }, try listChange.new.flatMap { try store.list($0, listChange.path) }))
        }
        guard change != nil || !lists.isEmpty || licencesChanged else { return nil }

        // A new file whose list entries took over those of a file deleted in the same commit is
        // that matter under a new id.
        var renamedFrom: String?
        var oldBlob = change?.old
        if let change, change.old == nil {
            for gone in commit.changes where gone.new == nil && gone.old != nil {
                guard case .kind(.matter, let other, _) = FilePlace.of(gone.path), other != id, gone.path.hasSuffix(".yaml") else { continue }
                let moved = lists.contains { list in
                    let before = Membership(list.old), after = Membership(list.new)
                    return before.batches[other] != nil && before.batches[id] == nil && after.batches[id] != nil && after.batches[other] == nil
                }
                if moved {
                    renamedFrom = other
                    oldBlob = gone.old
                    break
                }
            }
        }
        let beforeID = renamedFrom ?? id

        var events: [MatterLog.ListEvent] = []
        for list in lists {
            let before = Membership(list.old).batches[beforeID], after = Membership(list.new).batches[id]
            let name = list.new?.displayName ?? list.old?.displayName ?? list.id
            switch (before, after) {
            case (nil, let batch?): events.append(.init(list: list.id, name: name, kind: .joined, from: nil, to: batch))
            case (let batch?, nil): events.append(.init(list: list.id, name: name, kind: .left, from: batch, to: nil))
            case (let from?, let to?) where from != to: events.append(.init(list: list.id, name: name, kind: .moved, from: from, to: to))
            default: break
            }
        }

        // The standard before and after.
        let beforeFile = try oldBlob.map { try store.decoded($0, "matters/\(beforeID).yaml") }
        let afterFile = try change?.new.map { try store.decoded($0, path) }
        let unchangedMatter = change == nil ? try store.matter(at: commit.id, path) : nil
        let before = change == nil ? unchangedMatter : beforeFile.flatMap(BlobStore.usableMatter)
        let after = change == nil ? unchangedMatter : afterFile.flatMap(BlobStore.usableMatter)

        var kind: MatterLog.Kind = .unchanged
        var matterChange: MatterChange?
        var unreadable = false
        if let change {
            if renamedFrom != nil { kind = .renamed }
            else if change.old == nil { kind = .created }
            else if change.new == nil { kind = .deleted }
            else { kind = .reformatted }
            if (beforeFile != nil && before == nil) || (afterFile != nil && after == nil) {
                unreadable = true
                kind = kind == .reformatted ? .changed : kind
            } else if kind != .created && kind != .deleted {
                let oldSynonyms = try store.synonyms(at: commit.id + "^"), newSynonyms = try store.synonyms(at: commit.id)
                matterChange = compare(before, after, id: id, oldSynonyms, newSynonyms)
                if matterChange != nil && kind == .reformatted { kind = .changed }
            }
        }

        // 免提交 before and after, with each side's licence catalog.
        var exemption: MatterLog.ExemptionChange?
        if change != nil || licencesChanged {
            let oldCount = try before?.exemption(licenses: store.licences(at: commit.id + "^")) ?? Exemption()
            let newCount = try after?.exemption(licenses: store.licences(at: commit.id)) ?? Exemption()
            if oldCount != newCount { exemption = .init(old: oldCount, new: newCount) }
        }
        if change == nil && events.isEmpty && exemption == nil { return nil }

        let shown = after ?? before
        var entry = MatterLog.Entry(commit: commit.id, date: commit.date, author: commit.author, email: commit.email,
                                    matter: change?.new == nil && change != nil ? beforeID : id, name: shown?.displayName ?? id, kind: kind,
                                    renamedFrom: renamedFrom, department: shown?.department?.value, maintainer: shown?.maintainer?.label,
                                    change: matterChange, lists: events, exemption: exemption)
        entry.unreadable = unreadable
        return entry
    }

    /// How the standard changed, as `diff` says it; `maintainer` is compared too, since who
    /// answers for a standard is what this history is for.
    static func compare(_ old: Matter?, _ new: Matter?, id: String, _ oldSynonyms: [String: String], _ newSynonyms: [String: String]) -> MatterChange? {
        func comparable(_ matter: Matter?, _ synonyms: [String: String]) -> Matter {
            var m = MatterComparison.canonical(matter ?? MatterComparison.absent(id), synonyms: synonyms)
            m.sources = []
            m.maintainer = nil
            return m
        }
        let a = comparable(old, oldSynonyms), b = comparable(new, newSynonyms)
        var change = MatterComparison.change(from: a, to: b, name: new?.displayName ?? old?.displayName ?? id)
        if old?.maintainer != new?.maintainer {
            var withMaintainer = change ?? MatterChange(matter: id, name: new?.displayName ?? id, fields: [])
            let order = ["name", "catalog_code", "type", "department"]
            let index = withMaintainer.fields.lastIndex { order.contains($0) }.map { $0 + 1 } ?? 0
            withMaintainer.fields.insert("maintainer", at: index)
            change = withMaintainer
        }
        return change
    }

    /// A list's entries, the first for each matter, and each one's batch.
    private struct Membership {
        var entries: [(matter: String, batch: String?)] = []
        var batches: [String: String?] = [:]

        init(_ list: ServiceList?) {
            for entry in list?.entries ?? [] where batches[entry.matter.value] == nil {
                batches[entry.matter.value] = .some(entry.batch?.value)
                entries.append((entry.matter.value, entry.batch?.value))
            }
        }
    }
}

/// Blobs read through `git cat-file --batch` and decoded, each once.
private final class BlobStore {
    let repository: GitRepository
    let prefix: String
    private var decodedFiles: [ObjectID: DecodedFile] = [:]
    /// `revision:path` → the blob there (nil: no such file).
    private var names: [String: ObjectID?] = [:]

    init(root: String) throws {
        let opened = try GitRepository.containing(root)
        repository = opened.repository
        prefix = opened.prefix
    }

    /// The decoded blob `id`, read as the file at `path`.
    /// - Throws: `RunFailure` when git has no such blob: a damaged repository stops the run.
    func decoded(_ id: ObjectID, _ path: String) throws -> DecodedFile {
        if let known = decodedFiles[id] { return known }
        guard let file = RegistryFile(at: path) else {
            return DecodedFile(file: RegistryFile(path: path, kind: .matter, id: "", division: nil), model: nil, diagnostics: [], rewrites: [])
        }
        guard let object = try repository.batch.read(id.hex, limit: YAMLReader.maxFileSize), object.type == "blob" else {
            throw RunFailure(Message(zh: "git 仓库缺少对象 \(id.hex)（\(path)）", en: "the git repository lacks object \(id.hex) (\(path))"))
        }
        let decoded = FileDecoder.decode(object.bytes, as: file)
        decodedFiles[id] = decoded
        return decoded
    }

    /// The blob at `revision:path`, nil when the revision has no such file.
    func blob(at revision: String, _ path: String) throws -> ObjectID? {
        let name = "\(revision):\(prefix)\(path)"
        if let known = names[name] { return known }
        let object = try repository.batch.read(name, limit: YAMLReader.maxFileSize)
        let id = object?.type == "blob" ? object?.id : nil
        if let id, let object, decodedFiles[id] == nil, let file = RegistryFile(at: path) {
            decodedFiles[id] = FileDecoder.decode(object.bytes, as: file)
        }
        names[name] = .some(id)
        return id
    }

    static func usable(_ file: DecodedFile) -> Bool {
        file.isUsable
    }

    static func usableMatter(_ file: DecodedFile) -> Matter? {
        guard usable(file), case .matter(let matter)? = file.model else { return nil }
        return matter
    }

    func list(_ id: ObjectID, _ path: String) throws -> ServiceList? {
        let file = try decoded(id, path)
        guard Self.usable(file), case .list(let list)? = file.model else { return nil }
        return list
    }

    func matter(at revision: String, _ path: String) throws -> Matter? {
        guard let id = try blob(at: revision, path) else { return nil }
        return Self.usableMatter(try decoded(id, path))
    }

    /// The licence ids of `catalog/licenses.yaml` at `revision` (none before it existed).
    func licences(at revision: String) throws -> Set<String> {
        guard let id = try blob(at: revision, "catalog/licenses.yaml"), case .licenses(let licences)? = try decoded(id, "catalog/licenses.yaml").model else { return [] }
        return Set(licences.map(\.id.value))
    }

    /// Material synonym → canonical name at `revision`.
    func synonyms(at revision: String) throws -> [String: String] {
        guard let id = try blob(at: revision, "catalog/materials.yaml"), case .materials(let names)? = try decoded(id, "catalog/materials.yaml").model else { return [:] }
        return DecodingContext(materials: names).materialNames
    }
}
