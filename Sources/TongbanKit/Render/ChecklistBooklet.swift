/// Every checklist of a list for one region, printed as one booklet: a cover, a table of
/// contents and one matter per page.
public struct ChecklistBooklet: Sendable, Hashable {
    public var listID: String
    public var listName: String
    public var scope: String?
    public var basis: [String]
    public var region: Checklist.Place
    /// One checklist per matter the region implements, in list order.
    public var checklists: [Checklist]
    /// Entries of the list that get no page: the region has no implementation, or the standard is missing.
    public var omitted: [Omission]

    /// The cover's title: `<清单名称>一次性告知单汇编`.
    public var title: String { listName + "一次性告知单汇编" }

    /// A list entry left out of the booklet, and why.
    public struct Omission: Sendable, Hashable {
        public var matterID: String
        public var name: String
        /// Whether the registry has no standard for the entry at all.
        public var standardMissing: Bool

        /// Why the entry has no page, as printed.
        public var reason: String { standardMissing ? "标准库中无此事项标准" : "本地区尚无实施清单" }
    }
}
