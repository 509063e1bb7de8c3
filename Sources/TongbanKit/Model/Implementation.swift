/// A region's implementation of a matter (`regions/<division>/<matter-id>.yaml`): only
/// what differs by nature between places.
///
/// A value like any other, but its fields live in one shared, immutable box: a registry holds
/// one implementation per region and matter (99,000 in the benchmark), and moving them into the
/// registry, reading them in the cross-file rules and releasing them then touches one reference
/// each rather than a dozen strings and arrays. Setting a field makes a new box.
public struct Implementation: Sendable, Hashable {
    /// The fields themselves.
    private struct Fields: Sendable, Hashable {
        var division: String
        var matterID: String
        var agency: Located<String>?
        var agencyCode: Located<String>?
        var taskCode: Located<String>?
        var windows: [Window]
        var phone: Located<String>?
        var complaintPhone: Located<String>?
        var onlineURL: Located<String>?
        var promised: Located<String>?
        var sources: [Located<String>]
    }

    private final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var storage: Storage

    public struct Window: Sendable, Hashable {
        public var name: Located<String>
        public var address: Located<String>?
        public var hours: Located<String>?
    }

    init(division: String, matterID: String, _ o: ObjectValue) {
        storage = Storage(Fields(
            division: division,
            matterID: matterID,
            agency: o.text("agency"),
            agencyCode: o.text("agency_code"),
            taskCode: o.text("task_code"),
            windows: o.objects("windows").compactMap { w in
                w.text("name").map { Window(name: $0, address: w.text("address"), hours: w.text("hours")) }
            },
            phone: o.text("phone"),
            complaintPhone: o.text("complaint_phone"),
            onlineURL: o.text("online_url"),
            promised: o.text("promised"),
            sources: o.texts("sources")))
    }

    private init(_ storage: Storage) {
        self.storage = storage
    }

    /// The implementation with only what the cross-file rules and the supervision report read:
    /// where it is, which matter it implements and its promise. Lint and report hold one per
    /// region and matter (600,000 at national scale), so they keep this much and no more.
    public var crossFileFacts: Implementation {
        let f = storage.fields
        return Implementation(Storage(Fields(
            division: f.division, matterID: f.matterID, agency: nil, agencyCode: nil, taskCode: nil, windows: [],
            phone: nil, complaintPhone: nil, onlineURL: nil, promised: f.promised, sources: [])))
    }

    public var promisedDuration: Duration? { promised.flatMap { DurationParser.parse($0.value) } }

    public static func == (a: Implementation, b: Implementation) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    // MARK: - Fields

    /// Replaces the box with one where `change` has been applied.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    public var division: String {
        get { storage.fields.division }
        set { update { $0.division = newValue } }
    }

    public var matterID: String {
        get { storage.fields.matterID }
        set { update { $0.matterID = newValue } }
    }

    public var agency: Located<String>? {
        get { storage.fields.agency }
        set { update { $0.agency = newValue } }
    }

    public var agencyCode: Located<String>? {
        get { storage.fields.agencyCode }
        set { update { $0.agencyCode = newValue } }
    }

    public var taskCode: Located<String>? {
        get { storage.fields.taskCode }
        set { update { $0.taskCode = newValue } }
    }

    public var windows: [Window] {
        get { storage.fields.windows }
        set { update { $0.windows = newValue } }
    }

    public var phone: Located<String>? {
        get { storage.fields.phone }
        set { update { $0.phone = newValue } }
    }

    public var complaintPhone: Located<String>? {
        get { storage.fields.complaintPhone }
        set { update { $0.complaintPhone = newValue } }
    }

    public var onlineURL: Located<String>? {
        get { storage.fields.onlineURL }
        set { update { $0.onlineURL = newValue } }
    }

    public var promised: Located<String>? {
        get { storage.fields.promised }
        set { update { $0.promised = newValue } }
    }

    public var sources: [Located<String>] {
        get { storage.fields.sources }
        set { update { $0.sources = newValue } }
    }
}
