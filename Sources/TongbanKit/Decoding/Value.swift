import YAMLSource

/// A value after schema validation: canonical scalars, with the span each came from.
///
/// Not `indirect`: lists and objects already hold their values out of line (in an array or a
/// dictionary), so a box per value would only add an allocation to every scalar.
public enum Value: Sendable, Hashable {
    case text(String, SourceRange)
    case integer(Int, SourceRange)
    case list([Value], SourceRange)
    case object(ObjectValue)
    /// Present in the file but not valid; a diagnostic says why.
    case invalid(SourceRange)

    public var range: SourceRange {
        switch self {
        case .text(_, let r), .integer(_, let r), .list(_, let r), .invalid(let r): r
        case .object(let o): o.range
        }
    }

    public var text: Located<String>? {
        if case .text(let s, let r) = self { return Located(s, r) }
        return nil
    }

    public var integer: Located<Int>? {
        if case .integer(let n, let r) = self { return Located(n, r) }
        return nil
    }

    public var list: [Value]? {
        if case .list(let items, _) = self { return items }
        return nil
    }

    public var object: ObjectValue? {
        if case .object(let o) = self { return o }
        return nil
    }
}

/// A validated mapping: its known keys' values and where each key was written.
public struct ObjectValue: Sendable, Hashable {
    public var fields: [String: Value]
    public var keyRanges: [String: SourceRange]
    public var range: SourceRange

    public init(fields: [String: Value] = [:], keyRanges: [String: SourceRange] = [:], range: SourceRange) {
        self.fields = fields
        self.keyRanges = keyRanges
        self.range = range
    }

    public subscript(key: String) -> Value? { fields[key] }

    public func text(_ key: String) -> Located<String>? { fields[key]?.text }
    public func integer(_ key: String) -> Located<Int>? { fields[key]?.integer }
    public func texts(_ key: String) -> [Located<String>] { fields[key]?.list?.compactMap(\.text) ?? [] }
    public func objects(_ key: String) -> [ObjectValue] { fields[key]?.list?.compactMap(\.object) ?? [] }
    public func object(_ key: String) -> ObjectValue? { fields[key]?.object }
    /// Whether the key was written, valid or not.
    public func has(_ key: String) -> Bool { keyRanges[key] != nil }
}

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
