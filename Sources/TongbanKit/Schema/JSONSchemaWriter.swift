/// JSON Schema (draft-07, what YAML language servers support) for each file kind, made from the
/// same table that drives decoding, so an editor's YAML language server and `tongban lint`
/// agree on keys, types, required fields and enumerations.
///
/// A schema accepts every file that lint accepts without an error: enumerations list their
/// documented aliases too, a duration may be text or `{days, unit}`, and formats that lint
/// normalizes (codes, dates, phone numbers, durations) are any text, their canonical pattern
/// given in the description, since lint accepts spellings that normalize to it (full-width
/// digits, `2020/12/31`) with a `non-canonical` warning. Lint stays the authority on values.
public enum JSONSchemaWriter {
    /// The JSON Schema dialect written.
    public static let dialect = "http://json-schema.org/draft-07/schema#"

    /// The schema's `$id`: a name, not a place to fetch it from.
    public static func id(for kind: FileKind) -> String {
        "urn:tongban:schema:\(Schemas.version):\(kind.rawValue)"
    }

    /// The schema of one file kind.
    public static func schema(for kind: FileKind) -> JSON {
        var pairs: [(String, JSON)] = [
            ("$schema", .string(dialect)),
            ("$id", .string(id(for: kind))),
            ("title", .string("tongban schema \(Schemas.version): \(kind.pathPattern)")),
        ]
        if case .object(let fields) = type(kind.rootType) { pairs += fields }
        return .object(pairs)
    }

    /// The file name a schema is written to: `matter.schema.json`.
    public static func fileName(for kind: FileKind) -> String {
        "\(kind.rawValue).schema.json"
    }

    private static func type(_ type: ValueType) -> JSON {
        switch type {
        case .scalar(let format):
            return scalar(format)
        case .integer(let min, let max):
            let bounds: [(String, JSON)] = [("minimum", .int(min))] + (max.map { [("maximum", JSON.int($0))] } ?? [])
            return .object([("type", .string("integer"))] + bounds)
        case .list(let element):
            return .object([("type", .string("array")), ("items", self.type(element))])
        case .object(let schema):
            return object(schema)
        case .scalarOrList(let format, let list):
            return .object([("oneOf", .array([scalar(format), self.type(list)]))])
        case .scalarOrObject(let format, let schema):
            return .object([("oneOf", .array([scalar(format), object(schema)]))])
        case .duration:
            let units = Vocabulary.dayUnit.terms + Vocabulary.dayUnit.aliases.keys.sorted()
            let mapping = JSON.object([
                ("type", .string("object")),
                ("properties", .object([
                    ("days", .object([("oneOf", .array([
                        .object([("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(Duration.maxDays))]),
                        .object([("type", .string("string")), ("minLength", .int(1))]),
                    ]))])),
                    ("unit", .object([("type", .string("string")), ("enum", .array(units.map(JSON.string)))])),
                ])),
                ("required", .array([.string("days"), .string("unit")])),
                ("additionalProperties", .bool(false)),
            ])
            return .object([
                ("oneOf", .array([.object([("type", .string("string")), ("minLength", .int(1))]), mapping])),
                ("description", .string(described(ScalarFormat.duration))),
            ])
        }
    }

    private static func scalar(_ format: ScalarFormat) -> JSON {
        guard !format.terms.isEmpty else {
            var pairs: [(String, JSON)] = [("type", .string("string")), ("minLength", .int(1))]
            if format.pattern != nil { pairs.append(("description", .string(described(format)))) }
            return .object(pairs)
        }
        // An alias a YAML 1.2 reader takes for a number (`fee: 0`) is listed as that number.
        let values = (format.terms + format.aliases).map { text -> JSON in
            if let number = Int(text), String(number) == text { return .int(number) }
            return .string(text)
        }
        let allText = values.allSatisfy { if case .string = $0 { true } else { false } }
        return .object((allText ? [("type", JSON.string("string"))] : []) + [("enum", .array(values))])
    }

    /// A format's summary, with its canonical pattern where it has one.
    private static func described(_ format: ScalarFormat) -> String {
        let summary = format.summary.zh + " / " + format.summary.en
        return format.pattern.map { summary + "（规范写法 / canonical form: \($0)）" } ?? summary
    }

    private static func object(_ schema: ObjectSchema) -> JSON {
        let properties = schema.fields.map { field -> (String, JSON) in
            var described = self.type(field.type)
            if case .object(var pairs) = described {
                // One description per object: the field's meaning, then what its type says.
                let own = field.summary.zh + " / " + field.summary.en
                if let index = pairs.firstIndex(where: { $0.0 == "description" }), case .string(let typeText) = pairs[index].1 {
                    pairs[index].1 = .string(own + "。" + typeText)
                } else {
                    pairs.append(("description", .string(own)))
                }
                described = .object(pairs)
            }
            return (field.key, described)
        }
        var pairs: [(String, JSON)] = [("type", .string("object")), ("properties", .object(properties))]
        let required = schema.fields.filter { $0.requirement == .required }.map { JSON.string($0.key) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        let unlessDraft = schema.fields.filter { $0.requirement == .requiredUnlessDraft }.map { JSON.string($0.key) }
        if !unlessDraft.isEmpty {
            pairs.append(("if", .object([("properties", .object([("status", .object([("const", .string("草稿"))]))])), ("required", .array([.string("status")]))])))
            pairs.append(("else", .object([("required", .array(unlessDraft))])))
        }
        pairs.append(("additionalProperties", .bool(false)))
        return .object(pairs)
    }
}
