/// The history of one matter's standard through git (责任追溯), newest first: every commit that
/// changed its normalized standard, its membership of a list, or how many of its materials are
/// 免提交; with who made the commit and who answered for the standard at that revision.
public struct MatterLog: Sendable, Hashable {
    /// The matter id asked for (its id at the newest revision of the range).
    public var matter: String
    /// The revision range as given.
    public var range: String
    public var entries: [Entry]

    public init(matter: String, range: String, entries: [Entry]) {
        self.matter = matter
        self.range = range
        self.entries = entries
    }

    /// What a commit did to the matter.
    public enum Kind: String, Sendable, Hashable {
        /// The matter file was created.
        case created
        /// The standard changed (see `change`).
        case changed
        /// The file changed but not the standard: only layout, comments, spelling `fmt` rewrites, or `sources`.
        case reformatted
        /// The file moved to a new id, and the list entries moved with it.
        case renamed
        /// The matter file was deleted.
        case deleted
        /// Only list membership or the licence catalog changed.
        case unchanged
    }

    public struct Entry: Sendable, Hashable {
        public var commit: String
        public var date: String
        public var author: String
        public var email: String
        /// The matter's id at this revision.
        public var matter: String
        public var name: String
        public var kind: Kind
        /// The id before a rename.
        public var renamedFrom: String?
        /// The 业务主管部门 at this revision (before it, for a deletion).
        public var department: String?
        /// The unit responsible for the standard at this revision.
        public var maintainer: String?
        /// What changed in the standard, in `diff`'s terms; nil when it did not change.
        public var change: MatterChange?
        /// Lists joined, left, or whose batch for the matter changed.
        public var lists: [ListEvent]
        /// The 免提交 count before and after, when it changed.
        public var exemption: ExemptionChange?
        /// A side of the file could not be parsed at this revision, so what changed is unknown.
        public var unreadable = false
    }

    /// The matter joined, left, or moved within a list.
    public struct ListEvent: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case joined, left, moved }
        public var list: String
        public var name: String
        public var kind: Kind
        /// The batch before (left, moved).
        public var from: String?
        /// The batch after (joined, moved).
        public var to: String?
    }

    public struct ExemptionChange: Sendable, Hashable {
        public var old: Exemption
        public var new: Exemption
    }
}

/// The history of one list's membership through git, newest first.
public struct ListLog: Sendable, Hashable {
    public var list: String
    public var range: String
    public var entries: [Entry]

    public init(list: String, range: String, entries: [Entry]) {
        self.list = list
        self.range = range
        self.entries = entries
    }

    public struct Entry: Sendable, Hashable {
        public var commit: String
        public var date: String
        public var author: String
        public var email: String
        /// The list's name at this revision.
        public var name: String
        /// The list file was created or deleted in this commit.
        public var created = false
        public var deleted = false
        public var added: [ListMembership] = []
        public var removed: [ListMembership] = []
        public var moved: [BatchMove] = []
        /// The list's own fields and batches.
        public var adjustment = ListAdjustment()
    }
}
