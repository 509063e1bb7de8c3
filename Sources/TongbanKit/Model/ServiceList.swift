/// A 通办 list (`lists/<id>.yaml`): its scope, batches and member matters.
public struct ServiceList: Sendable, Hashable {
    public var id: String
    public var name: Located<String>?
    public var scope: Located<String>?
    public var regions: [Located<String>]
    public var basis: [Located<String>]
    public var batches: [Batch]
    public var entries: [Entry]
    public var sources: [Located<String>]

    /// A batch of the list and the date by which it must be live.
    public struct Batch: Sendable, Hashable {
        public var id: Located<String>
        public var name: Located<String>?
        public var due: Located<String>?

        public var dueDate: CalendarDate? { due.flatMap { CalendarDate(parsing: $0.value) } }
    }

    /// One matter on the list.
    public struct Entry: Sendable, Hashable {
        public var matter: Located<String>
        public var batch: Located<String>?
    }

    init(id: String, _ o: ObjectValue) {
        self.id = id
        name = o.text("name")
        scope = o.text("scope")
        regions = o.texts("regions")
        basis = o.texts("basis")
        batches = o.objects("batches").compactMap { b in
            b.text("id").map { Batch(id: $0, name: b.text("name"), due: b.text("due")) }
        }
        entries = o.objects("entries").compactMap { e in
            e.text("matter").map { Entry(matter: $0, batch: e.text("batch")) }
        }
        sources = o.texts("sources")
    }

    /// The display name, falling back to the id.
    public var displayName: String { name?.value ?? id }

    public func batch(_ id: String) -> Batch? { batches.first { $0.id.value == id } }
}
