import YAMLSource

/// A value with the span of source text it came from.
///
/// Equality and hashing look at the value only: two standards that say the same thing are
/// equal wherever in their files they say it.
public struct Located<T: Sendable & Hashable>: Sendable, Hashable {
    public var value: T
    public var range: SourceRange

    public init(_ value: T, _ range: SourceRange) {
        self.value = value
        self.range = range
    }

    public static func == (a: Located, b: Located) -> Bool { a.value == b.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

extension Located: Comparable where T: Comparable {
    public static func < (a: Located, b: Located) -> Bool { a.value < b.value }
}
