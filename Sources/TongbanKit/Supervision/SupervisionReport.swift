/// 日常监督: for every list and batch, how many entries each region has implemented, and which
/// entries are past their batch's due date without an implementation.
public struct SupervisionReport: Sendable, Hashable {
    /// The day the report is for; a batch is past due when this day is after its due date.
    public var asOf: CalendarDate
    public var lists: [ListProgress]
    /// Every region supervised, by code: whether its 通办专窗 and 帮办代办 are on file.
    public var services: [RegionServices] = []
    /// Errors in the registry (see `tongban lint`): the report may be incomplete when there are any.
    public var registryErrors: Int

    public init(asOf: CalendarDate, lists: [ListProgress], registryErrors: Int) {
        self.asOf = asOf
        self.lists = lists
        self.registryErrors = registryErrors
    }

    /// Entries past due without an implementation, counted once per region.
    public var overdueCount: Int {
        lists.reduce(0) { $0 + $1.batches.reduce(0) { $0 + $1.regions.reduce(0) { $0 + $1.overdue.count } } }
    }

    /// One list's batches.
    public struct ListProgress: Sendable, Hashable {
        public var id: String
        public var name: String
        public var batches: [BatchProgress]
    }

    /// One batch (or the entries with no batch): its deadline and each region's progress.
    public struct BatchProgress: Sendable, Hashable {
        /// The batch id; nil for entries that name no batch.
        public var id: String?
        public var name: String?
        public var due: CalendarDate?
        /// Whether the report's day is after the due date.
        public var isPastDue: Bool
        /// The matter ids of the batch's entries, in list order.
        public var entries: [String]
        public var regions: [RegionProgress]
    }

    /// How far one region is with one batch.
    public struct RegionProgress: Sendable, Hashable {
        public var division: String
        public var name: String
        /// Entries with an implementation (`regions/<division>/<matter>.yaml`).
        public var implemented: Int
        /// Entries without one, when the batch is past due (in list order).
        public var overdue: [OverdueMatter]
    }

    /// Whether a region's `region.yaml` names a 通办专窗 and a 帮办代办 contact.
    public struct RegionServices: Sendable, Hashable {
        public var division: String
        public var name: String
        public var hasTongbanWindow: Bool
        public var hasAssistance: Bool
    }

    /// Regions without a 通办专窗 on file.
    public var withoutTongbanWindow: Int { services.count { !$0.hasTongbanWindow } }
    /// Regions without a 帮办代办 contact on file.
    public var withoutAssistance: Int { services.count { !$0.hasAssistance } }

    public struct OverdueMatter: Sendable, Hashable {
        public var matter: String
        public var name: String
    }
}
