/// What changed between two states of a registry, list by list (the 动态调整 of the 通办 lists).
public struct RegistryDiff: Sendable, Hashable {
    /// Every list present on either side, by id (or only the one asked for); a list that could
    /// not be parsed on a side is left out, and `diagnostics` says why.
    public var lists: [ListDiff]
    /// Matters whose standard changed, was created or was deleted, and that sit on no list.
    public var unlisted: UnlistedDiff
    /// Findings of files that could not be parsed on one side; those files are left out of the comparison.
    public var diagnostics: [SideDiagnostic]
    /// What was read and parsed to produce the diff.
    public var statistics: DiffStatistics

    public init(lists: [ListDiff], unlisted: UnlistedDiff, diagnostics: [SideDiagnostic], statistics: DiffStatistics) {
        self.lists = lists
        self.unlisted = unlisted
        self.diagnostics = diagnostics
        self.statistics = statistics
    }

    /// Whether anything on any list, or any unlisted standard, differs.
    public var hasDifferences: Bool { lists.contains { !$0.isEmpty } || !unlisted.isEmpty }

    public var addedCount: Int { lists.reduce(0) { $0 + $1.added.count } }
    public var removedCount: Int { lists.reduce(0) { $0 + $1.removed.count } }
    public var changedCount: Int { lists.reduce(0) { $0 + $1.changed.count } }
    public var movedCount: Int { lists.reduce(0) { $0 + $1.moved.count } }
}

/// The changes of one list.
public struct ListDiff: Sendable, Hashable {
    public var id: String
    public var name: String
    /// 新增: on the list now, not before (in the new list's order).
    public var added: [ListMembership]
    /// 取消: on the list before, not now (in the old list's order).
    public var removed: [ListMembership]
    /// 调整: on the list on both sides, and the matter's standard changed.
    public var changed: [MatterChange]
    /// On the list on both sides, in another batch now.
    public var moved: [BatchMove]
    /// An entry whose matter file was renamed to a new id with the same standard: neither
    /// added nor removed.
    public var renamed: [MatterRename] = []
    /// The list's own fields and batches, when the list exists on both sides.
    public var adjustment: ListAdjustment

    public init(id: String, name: String, added: [ListMembership] = [], removed: [ListMembership] = [], changed: [MatterChange] = [], moved: [BatchMove] = [], adjustment: ListAdjustment = ListAdjustment()) {
        self.id = id
        self.name = name
        self.added = added
        self.removed = removed
        self.changed = changed
        self.moved = moved
        self.adjustment = adjustment
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && moved.isEmpty && renamed.isEmpty && adjustment.isEmpty }

    /// The summary in the style of an official notice: `跨省通办：新增 3 项，取消 1 项，调整 2 项`
    /// (and `，调整批次 1 项` when entries moved between batches).
    public var notice: String {
        var text = "\(name)：新增 \(added.count) 项，取消 \(removed.count) 项，调整 \(changed.count) 项"
        if !moved.isEmpty { text += "，调整批次 \(moved.count) 项" }
        return text
    }
}

/// A matter that joined or left a list.
public struct ListMembership: Sendable, Hashable {
    public var matter: String
    public var name: String
    public var batch: String?

    public init(matter: String, name: String, batch: String?) {
        self.matter = matter
        self.name = name
        self.batch = batch
    }
}

/// A listed matter whose id changed (its file renamed) while its standard stayed the same.
public struct MatterRename: Sendable, Hashable {
    public var from: String
    public var to: String
    public var name: String
    public var batch: String?

    public init(from: String, to: String, name: String, batch: String?) {
        self.from = from
        self.to = to
        self.name = name
        self.batch = batch
    }
}

/// A listed matter that moved from one batch to another.
public struct BatchMove: Sendable, Hashable {
    public var matter: String
    public var name: String
    public var from: String?
    public var to: String?

    public init(matter: String, name: String, from: String?, to: String?) {
        self.matter = matter
        self.name = name
        self.from = from
        self.to = to
    }
}

/// How a matter's standard changed: which fields, and the details editors ask about first.
public struct MatterChange: Sendable, Hashable {
    public var matter: String
    /// The name now (the old one when the matter was deleted).
    public var name: String
    /// The changed fields, by their YAML keys in schema order (`materials`, `time_limit`, …).
    public var fields: [String]
    /// Set when the name changed (the id stayed).
    public var renamed: Rename?
    /// Set when `materials` changed.
    public var materials: MaterialChanges?
    /// Set when `time_limit` changed.
    public var timeLimit: TimeLimitChange?
    /// Every changed value, old → new, in schema order (for a matter created or deleted: none).
    public var values: [ValueChange]

    public init(matter: String, name: String, fields: [String], renamed: Rename? = nil, materials: MaterialChanges? = nil, timeLimit: TimeLimitChange? = nil, values: [ValueChange] = []) {
        self.matter = matter
        self.name = name
        self.fields = fields
        self.renamed = renamed
        self.materials = materials
        self.timeLimit = timeLimit
        self.values = values
    }

    public struct Rename: Sendable, Hashable {
        public var from: String
        public var to: String
    }

    /// Materials by canonical name: added, removed, and kept but with other properties (form, copies, …).
    /// All three are empty when only their order changed.
    public struct MaterialChanges: Sendable, Hashable {
        public var added: [String]
        public var removed: [String]
        public var changed: [String]
    }

    public struct TimeLimitChange: Sendable, Hashable {
        public var old: Limits
        public var new: Limits

        public struct Limits: Sendable, Hashable {
            public var statutory: String?
            public var promised: String?
        }
    }
}

/// Standards that changed outside every list.
public struct UnlistedDiff: Sendable, Hashable {
    /// Matter files created that are on no list now.
    public var added: [ListMembership]
    /// Matter files deleted that were on no list before.
    public var removed: [ListMembership]
    /// Matters whose standard changed and that are on no list now.
    public var changed: [MatterChange]

    public init(added: [ListMembership] = [], removed: [ListMembership] = [], changed: [MatterChange] = []) {
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    public var count: Int { added.count + removed.count + changed.count }
}

/// Which state of the registry something belongs to.
public enum DiffSide: String, Sendable, Hashable {
    case old, new
}

/// A finding in a file on one side of a diff.
public struct SideDiagnostic: Sendable, Hashable {
    public var side: DiffSide
    public var diagnostic: Diagnostic

    public init(side: DiffSide, diagnostic: Diagnostic) {
        self.side = side
        self.diagnostic = diagnostic
    }
}

/// What the diff read: the proof that unchanged files are not parsed.
public struct DiffStatistics: Sendable, Hashable {
    /// Files in the diff's scope (lists, matters, `registry.yaml`, `catalog/materials.yaml`) on either side.
    public var filesInScope: Int
    /// Files with the same blob id on both sides: not parsed for comparison.
    public var unchangedFiles: Int
    /// Every file parsed, as `old:path`, `new:path`, or `both:path` for a file identical on both
    /// sides and parsed once; sorted.
    public var parsed: [String]

    public init(filesInScope: Int, unchangedFiles: Int, parsed: [String]) {
        self.filesInScope = filesInScope
        self.unchangedFiles = unchangedFiles
        self.parsed = parsed
    }
}
