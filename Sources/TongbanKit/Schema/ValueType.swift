/// The shape a value must have, as declared in a file kind's schema.
public indirect enum ValueType: Sendable {
    /// A scalar of the given format.
    case scalar(ScalarFormat)
    /// A whole number, at least `min` and, when `max` is set, at most `max`.
    case integer(min: Int, max: Int? = nil)
    /// A sequence of values of one type.
    case list(ValueType)
    /// A mapping with declared keys.
    case object(ObjectSchema)
    /// Either a scalar of the format or a sequence of the type (`fee: 不收费` or a list of items).
    case scalarOrList(ScalarFormat, ValueType)
    /// Either a scalar of the format or a mapping of the schema (a `process` step: `受理` or
    /// `{step: 受理, by: 受理地}`).
    case scalarOrObject(ScalarFormat, ObjectSchema)
    /// A duration as text (`5个工作日`) or as `{days: 5, unit: 工作日}`.
    case duration

    /// Whether a plain scalar here is meant as text, so YAML 1.1 readings of it are ambiguous.
    var wantsText: Bool {
        switch self {
        case .scalar, .scalarOrList, .scalarOrObject, .duration: true
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

    /// Whether the key must be present in a file that is (or is not) a draft.
    func isRequired(draft: Bool) -> Bool {
        switch self {
        case .required: true
        case .requiredUnlessDraft: !draft
        case .optional: false
        }
    }
}

/// One key of a mapping.
public struct FieldSchema: Sendable {
    public let key: String
    public let type: ValueType
    public let requirement: Requirement
    public let summary: Message
    /// The field's Chinese names, first the one the national tables use (事项名称 for `name`):
    /// an unknown key written as one of them is told which key it is.
    public let names: [String]

    /// - Parameter names: the Chinese names; by default the term the Chinese summary starts with
    ///   (up to its first bracket, colon or comma).
    public init(_ key: String, _ type: ValueType, _ requirement: Requirement = .optional, zh: String, en: String, names: [String]? = nil) {
        self.key = key
        self.type = type
        self.requirement = requirement
        self.summary = Message(zh: zh, en: en)
        self.names = names ?? [String(zh.prefix { !"（(：:，,".contains($0) })]
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

    /// The key (or, for a field of a mapping inside this one, the dotted path such as
    /// `time_limit.promised`) that a Chinese field name stands for; nil for any other text.
    /// A name of this schema's own fields wins over a name of a field inside one of them.
    public func key(forChineseName name: String) -> String? {
        if let field = fields.first(where: { $0.names.contains(name) }) { return field.key }
        for field in fields {
            guard case .object(let inner) = field.type,
                  let sub = inner.fields.first(where: { $0.names.contains(name) }) else { continue }
            return "\(field.key).\(sub.key)"
        }
        return nil
    }

    public func field(_ key: String) -> FieldSchema? {
        fieldIndex(key).map { fields[$0] }
    }

    /// Where `key` is in `fields`.
    func fieldIndex(_ key: String) -> Int? {
        fields.firstIndex { $0.key == key }
    }

    /// Where `key` is in `fields`, searched from `start` on and then from the beginning. Keys are
    /// written mostly in schema order, so starting after the last key found usually takes one
    /// comparison. The keys of a schema are distinct (a test checks), so this is `fieldIndex`.
    func fieldIndex(_ key: String, from start: Int) -> Int? {
        let first = min(max(start, 0), fields.count)
        for i in first..<fields.count where fields[i].key == key { return i }
        for i in 0..<first where fields[i].key == key { return i }
        return nil
    }
}
