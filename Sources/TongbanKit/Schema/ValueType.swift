/// The shape a value must have, as declared in a file kind's schema.
public indirect enum ValueType: Sendable {
    /// A scalar of the given format.
    case scalar(ScalarFormat)
    /// A whole number, at least `min`.
    case integer(min: Int)
    /// A sequence of values of one type.
    case list(ValueType)
    /// A mapping with declared keys.
    case object(ObjectSchema)
    /// Either a scalar of the format or a sequence of the type (`fee: 不收费` or a list of items).
    case scalarOrList(ScalarFormat, ValueType)
    /// A duration as text (`5个工作日`) or as `{days: 5, unit: 工作日}`.
    case duration

    /// Whether a plain scalar here is meant as text, so YAML 1.1 readings of it are ambiguous.
    var wantsText: Bool {
        switch self {
        case .scalar, .scalarOrList, .duration: true
        case .integer, .list, .object: false
        }
    }
}

/// Whether a key must be present.
public enum Requirement: String, Sendable {
    case required
    /// Required unless the matter's `status` is 草稿.
    case requiredUnlessDraft
    case optional
}

/// One key of a mapping.
public struct FieldSchema: Sendable {
    public let key: String
    public let type: ValueType
    public let requirement: Requirement
    public let summary: Message

    public init(_ key: String, _ type: ValueType, _ requirement: Requirement = .optional, zh: String, en: String) {
        self.key = key
        self.type = type
        self.requirement = requirement
        self.summary = Message(zh: zh, en: en)
    }
}

/// A mapping's declared keys, in canonical order.
public struct ObjectSchema: Sendable {
    public let name: String
    public let fields: [FieldSchema]
    /// Keys that belong to the matter's standard and so may not appear here (`regional-difference`).
    public let forbiddenKeys: [String]

    public init(name: String, fields: [FieldSchema], forbiddenKeys: [String] = []) {
        self.name = name
        self.fields = fields
        self.forbiddenKeys = forbiddenKeys
    }

    public func field(_ key: String) -> FieldSchema? {
        fieldIndex(key).map { fields[$0] }
    }

    /// Where `key` is in `fields`. Every schema key is plain (a test checks), so only text of the
    /// same bytes is equal to one, and comparing lengths first spares most string comparisons.
    func fieldIndex(_ key: String) -> Int? {
        let length = key.utf8.count
        return fields.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }

    /// Whether `key` is made of lower-case ASCII letters, digits, `_` and `-` only: no other
    /// text is canonically equivalent to such a key (the only non-ASCII scalars that decompose
    /// to ASCII become `K`, `;` or `` ` ``), so it equals exactly the strings of its bytes.
    static func isPlainKey(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes {
                let plain = (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
                    || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
                if !plain { return false }
            }
            return true
        } ?? false
    }
}
