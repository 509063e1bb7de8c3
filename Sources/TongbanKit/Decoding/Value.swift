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
///
/// Stored as one list of keys in source order (a mapping of a schema has a dozen or so keys, so
/// a short search beats hashing), with a table added once a mapping grows large; `fields` and
/// `keyRanges` show it as the two dictionaries it stands for, and equality compares those.
public struct ObjectValue: Sendable, Hashable {
    /// One key: where it was written (if it was) and, for a key with a valid value, the value.
    struct Entry: Sendable {
        var key: String
        var keyRange: SourceRange?
        var value: Value?
    }

    private(set) var entries: [Entry] = []
    /// Entry index by key, once there are more than `smallObject` entries.
    private var table: [String: Int]?
    public var range: SourceRange

    /// Up to this many keys are searched in the list.
    static let smallObject = 16

    public init(fields: [String: Value] = [:], keyRanges: [String: SourceRange] = [:], range: SourceRange) {
        self.range = range
        rebuild(fields: fields, keyRanges: keyRanges)
    }

    /// The value of every key of the schema that has a valid value.
    public var fields: [String: Value] {
        get {
            var fields: [String: Value] = [:]
            for entry in entries { if let value = entry.value { fields[entry.key] = value } }
            return fields
        }
        set { rebuild(fields: newValue, keyRanges: keyRanges) }
    }

    /// Where each key was written, valid or not.
    public var keyRanges: [String: SourceRange] {
        get {
            var ranges: [String: SourceRange] = [:]
            for entry in entries { if let range = entry.keyRange { ranges[entry.key] = range } }
            return ranges
        }
        set { rebuild(fields: fields, keyRanges: newValue) }
    }

    public subscript(key: String) -> Value? { index(of: key).flatMap { entries[$0].value } }

    public func text(_ key: String) -> Located<String>? { self[key]?.text }
    public func integer(_ key: String) -> Located<Int>? { self[key]?.integer }
    public func texts(_ key: String) -> [Located<String>] { self[key]?.list?.compactMap(\.text) ?? [] }
    public func objects(_ key: String) -> [ObjectValue] { self[key]?.list?.compactMap(\.object) ?? [] }
    public func object(_ key: String) -> ObjectValue? { self[key]?.object }
    /// Whether the key was written, valid or not.
    public func has(_ key: String) -> Bool { index(of: key).map { entries[$0].keyRange != nil } ?? false }

    public static func == (a: ObjectValue, b: ObjectValue) -> Bool {
        a.range == b.range && a.fields == b.fields && a.keyRanges == b.keyRanges
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(fields)
        hasher.combine(keyRanges)
    }

    // MARK: - Building

    /// Room for `count` keys.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Records that `key` was written at `keyRange`.
    /// - Returns: where it was recorded, for `setValue(_:at:)`; nil (and nothing recorded) when
    ///   the key was written before.
    mutating func record(_ key: String, at keyRange: SourceRange) -> Int? {
        if let i = index(of: key) {
            guard entries[i].keyRange == nil else { return nil }
            entries[i].keyRange = keyRange
            return i
        }
        append(Entry(key: key, keyRange: keyRange, value: nil))
        return entries.count - 1
    }

    /// `record(_:at:)`, told whether the caller knows that no key equal to `key` was recorded
    /// (then the search is skipped).
    mutating func record(_ key: String, at keyRange: SourceRange, isNew: Bool) -> Int? {
        guard isNew else { return record(key, at: keyRange) }
        append(Entry(key: key, keyRange: keyRange, value: nil))
        return entries.count - 1
    }

    /// Sets the value of the key recorded at `slot`.
    mutating func setValue(_ value: Value, at slot: Int) {
        entries[slot].value = value
    }

    /// Sets the value of `key`, recorded or not.
    mutating func setValue(_ value: Value, for key: String) {
        if let i = index(of: key) {
            entries[i].value = value
        } else {
            append(Entry(key: key, keyRange: nil, value: value))
        }
    }

    /// Where `key` is in `entries`. Keys are short, and comparing two short ASCII strings is a
    /// comparison of two words, so searching a dozen keys costs less than hashing one.
    private func index(of key: String) -> Int? {
        if let table { return table[key] }
        return entries.firstIndex { $0.key == key }
    }

    private mutating func append(_ entry: Entry) {
        entries.append(entry)
        if table != nil {
            table?[entry.key] = entries.count - 1
        } else if entries.count > Self.smallObject {
            var index: [String: Int] = [:]
            index.reserveCapacity(entries.count)
            for (i, entry) in entries.enumerated() { index[entry.key] = i }
            table = index
        }
    }

    private mutating func rebuild(fields: [String: Value], keyRanges: [String: SourceRange]) {
        entries = []
        table = nil
        for (key, range) in keyRanges { append(Entry(key: key, keyRange: range, value: fields[key])) }
        for (key, value) in fields where keyRanges[key] == nil { append(Entry(key: key, keyRange: nil, value: value)) }
    }
}
