/// A diff together with the two sides it compares: what every renderer needs.
public struct DiffReport: Sendable, Hashable {
    public var diff: RegistryDiff
    public var old: DiffEndpoint
    public var new: DiffEndpoint

    public init(diff: RegistryDiff, old: DiffEndpoint, new: DiffEndpoint) {
        self.diff = diff
        self.old = old
        self.new = new
    }

    func endpoint(_ side: DiffSide) -> DiffEndpoint { side == .old ? old : new }
}
