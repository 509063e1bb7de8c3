/// A region's implementation of a matter (`regions/<division>/<matter-id>.yaml`): only
/// what differs by nature between places.
public struct Implementation: Sendable, Hashable {
    public var division: String
    public var matterID: String
    public var agency: Located<String>?
    public var agencyCode: Located<String>?
    public var taskCode: Located<String>?
    public var windows: [Window]
    public var phone: Located<String>?
    public var complaintPhone: Located<String>?
    public var onlineURL: Located<String>?
    public var promised: Located<String>?
    public var sources: [Located<String>]

    public struct Window: Sendable, Hashable {
        public var name: Located<String>
        public var address: Located<String>?
        public var hours: Located<String>?
    }

    init(division: String, matterID: String, _ o: ObjectValue) {
        self.division = division
        self.matterID = matterID
        agency = o.text("agency")
        agencyCode = o.text("agency_code")
        taskCode = o.text("task_code")
        windows = o.objects("windows").compactMap { w in
            w.text("name").map { Window(name: $0, address: w.text("address"), hours: w.text("hours")) }
        }
        phone = o.text("phone")
        complaintPhone = o.text("complaint_phone")
        onlineURL = o.text("online_url")
        promised = o.text("promised")
        sources = o.texts("sources")
    }

    public var promisedDuration: Duration? { promised.flatMap { DurationParser.parse($0.value) } }
}
