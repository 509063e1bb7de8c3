/// A region's own file (`regions/<division>/region.yaml`): its service halls, its 通办专窗, its
/// 帮办代办 contact and complaint phone, shared by every matter the region implements.
public struct Region: Sendable, Hashable {
    /// A service hall, a 通办专窗 or the 帮办代办 desk: a name and how to reach it.
    public struct ServicePoint: Sendable, Hashable {
        public var name: Located<String>
        public var address: Located<String>?
        public var hours: Located<String>?
        public var phone: Located<String>?

        init?(_ o: ObjectValue) {
            guard let name = o.text("name") else { return nil }
            self.name = name
            address = o.text("address")
            hours = o.text("hours")
            phone = o.text("phone")
        }
    }

    public var division: String
    public var halls: [ServicePoint]
    /// The region's 通办专窗: used by every implementation that names no window of its own.
    public var windows: [ServicePoint]
    /// The 帮办代办 contact.
    public var assistance: ServicePoint?
    public var complaintPhone: Located<String>?
    public var sources: [Located<String>]

    init(division: String, _ o: ObjectValue) {
        self.division = division
        halls = o.objects("halls").compactMap(ServicePoint.init)
        windows = o.objects("windows").compactMap(ServicePoint.init)
        assistance = o.object("assistance").flatMap(ServicePoint.init)
        complaintPhone = o.text("complaint_phone")
        sources = o.texts("sources")
    }

    /// The path of a region's own file, whether or not it exists.
    public static func path(of division: String) -> String {
        "regions/\(division)/\(FileKind.regionFileID).yaml"
    }
}
