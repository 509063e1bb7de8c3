/// 日常监督: for every list and batch, how many entries each region has implemented, and which
/// entries are past their batch's due date without an implementation; the 免提交 rates of the
/// matters, lists and regions; and the files the report could not read.
public struct SupervisionReport: Sendable, Hashable {
    /// The day the report is for; a batch is past due when this day is after its due date.
    public var asOf: CalendarDate
    public var lists: [ListProgress]
    /// Every region supervised, by code: whether its 通办专窗 and 帮办代办 are on file.
    public var services: [RegionServices] = []
    /// Errors in the registry (see `tongban lint`): the report may be incomplete when there are any.
    public var registryErrors: Int
    /// Files that could not be read (a broken list, an unparsable implementation, …): the
    /// report leaves them out and says so; any makes `tongban report` exit 1.
    public var findings: [Diagnostic] = []
    /// How many materials electronic licences make 免提交, per matter, list and region.
    public var exemption = ExemptionSummary()

    public init(asOf: CalendarDate, lists: [ListProgress], registryErrors: Int) {
        self.asOf = asOf
        self.lists = lists
        self.registryErrors = registryErrors
    }

    /// Entries past due without an implementation, counted once per region.
    public var overdueCount: Int {
        lists.reduce(0) { $0 + $1.batches.reduce(0) { $0 + $1.overdueCount } }
    }

    /// Entries whose implementation exists but could not be read, counted once per region.
    public var unreadableCount: Int {
        lists.reduce(0) { $0 + $1.batches.reduce(0) { $0 + $1.regions.reduce(0) { $0 + $1.unreadable.count } } }
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
        /// The matter ids of the batch's entries, in list order (cancelled ones included).
        public var entries: [String]
        /// The entries whose matter is cancelled (取消): no region has to implement them.
        public var cancelled: [String] = []
        public var regions: [RegionProgress]

        /// The entries each region has to implement: all but the cancelled ones.
        public var dueCount: Int { entries.count - cancelled.count }
        /// Past-due entries without an implementation, over all regions.
        public var overdueCount: Int { regions.reduce(0) { $0 + $1.overdue.count } }
        /// Regions that have implemented every entry they have to.
        public var completeRegions: Int { regions.count { $0.implemented == dueCount } }
        /// Regions with at least one entry past due.
        public var regionsOverdue: Int { regions.count { !$0.overdue.isEmpty } }
    }

    /// How far one region is with one batch.
    public struct RegionProgress: Sendable, Hashable {
        public var division: String
        public var name: String
        /// Entries with an implementation (`regions/<division>/<matter>.yaml`), cancelled ones not counted.
        public var implemented: Int
        /// Entries without one, when the batch is past due (in list order).
        public var overdue: [OverdueMatter]
        /// Entries whose implementation file exists but could not be read (see `findings`):
        /// neither implemented nor overdue, since the report cannot tell.
        public var unreadable: [String] = []
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

    /// 免提交 counts (see `Exemption` for how materials are counted).
    public struct ExemptionSummary: Sendable, Hashable {
        /// Every matter on the reported lists, not cancelled, each once.
        public var overall = Exemption()
        public var lists: [Part] = []
        /// Per region: the reported matters it implements.
        public var regions: [Part] = []
        /// Per matter, by id.
        public var matters: [MatterPart] = []

        public init() {}

        /// The count of a list or a region.
        public struct Part: Sendable, Hashable {
            /// The list id or division code.
            public var id: String
            public var name: String
            /// How many matters the count is over.
            public var matters: Int
            public var count: Exemption
        }

        /// The count of one matter, overall and per situation.
        public struct MatterPart: Sendable, Hashable {
            public var matter: String
            public var name: String
            public var count: Exemption
            public var situations: [SituationPart]
        }

        public struct SituationPart: Sendable, Hashable {
            public var situation: String
            public var count: Exemption
        }
    }
}

/// What `tongban report` is limited to; nil means everything.
public struct SupervisionFilter: Sendable, Hashable {
    public var list: String?
    public var region: String?
    public var batch: String?

    public init(list: String? = nil, region: String? = nil, batch: String? = nil) {
        self.list = list
        self.region = region
        self.batch = batch
    }
}
