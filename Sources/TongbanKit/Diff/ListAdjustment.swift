/// How a list itself changed: its own fields (name, scope, regions, basis) and its batches —
/// a new batch, a dropped one, or a deadline moved. Supervisors read deadlines from here.
public struct ListAdjustment: Sendable, Hashable {
    /// The list's own keys whose values changed, in schema order.
    public var fields: [String] = []
    public var batchesAdded: [BatchState] = []
    public var batchesRemoved: [BatchState] = []
    public var batchesChanged: [BatchChange] = []

    public init() {}

    public var isEmpty: Bool {
        fields.isEmpty && batchesAdded.isEmpty && batchesRemoved.isEmpty && batchesChanged.isEmpty
    }

    /// A batch as it stands on one side.
    public struct BatchState: Sendable, Hashable {
        public var id: String
        public var name: String?
        public var due: String?
    }

    /// A batch on both sides whose name or deadline differs.
    public struct BatchChange: Sendable, Hashable {
        public var old: BatchState
        public var new: BatchState
    }

    /// The compared list keys; `entries` are compared matter by matter elsewhere, `sources` not at all.
    static let comparedFields: [(key: String, differs: @Sendable (ServiceList, ServiceList) -> Bool)] = [
        ("name", { $0.name != $1.name }),
        ("scope", { $0.scope != $1.scope }),
        ("regions", { $0.regions != $1.regions }),
        ("basis", { $0.basis != $1.basis }),
    ]

    /// What changed between two versions of one list.
    static func between(_ old: ServiceList, _ new: ServiceList) -> ListAdjustment {
        var adjustment = ListAdjustment()
        adjustment.fields = comparedFields.filter { $0.differs(old, new) }.map(\.key)
        let before = Dictionary(old.batches.map { ($0.id.value, state($0)) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.batches.map { ($0.id.value, state($0)) }, uniquingKeysWith: { first, _ in first })
        for batch in new.batches {
            let now = state(batch)
            if let then = before[now.id] {
                if then != now, !adjustment.batchesChanged.contains(where: { $0.new.id == now.id }) {
                    adjustment.batchesChanged.append(BatchChange(old: then, new: now))
                }
            } else if !adjustment.batchesAdded.contains(now) {
                adjustment.batchesAdded.append(now)
            }
        }
        for batch in old.batches where after[batch.id.value] == nil {
            let then = state(batch)
            if !adjustment.batchesRemoved.contains(then) { adjustment.batchesRemoved.append(then) }
        }
        return adjustment
    }

    private static func state(_ batch: ServiceList.Batch) -> BatchState {
        BatchState(id: batch.id.value, name: batch.name?.value, due: batch.due?.value)
    }
}
