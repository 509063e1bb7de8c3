/// JSON Schema (draft 2020-12) for each file kind, made from the same table that drives decoding,
/// so an editor's YAML language server and `tongban lint` agree on keys, types and enumerations.
public enum JSONSchemaWriter {
    /// The schema of one file kind.
    public static func schema(for kind: FileKind) -> JSON {
        var pairs: [(String, JSON)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
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
            return .object([("type", .string("string")), ("pattern", .optional(ScalarFormat.duration.pattern)),
                            ("description", .string(ScalarFormat.duration.summary.zh + " / " + ScalarFormat.duration.summary.en))])
        }
    }

    private static func scalar(_ format: ScalarFormat) -> JSON {
        var pairs: [(String, JSON)] = [("type", .string("string"))]
        if !format.terms.isEmpty { pairs.append(("enum", .array(format.terms.map(JSON.string)))) }
        if let pattern = format.pattern { pairs.append(("pattern", .string(pattern))) }
        if format.terms.isEmpty, format.pattern == nil { pairs.append(("minLength", .int(1))) }
        return .object(pairs)
    }

    private static func object(_ schema: ObjectSchema) -> JSON {
        let properties = schema.fields.map { field -> (String, JSON) in
            var described = self.type(field.type)
            if case .object(var pairs) = described {
                pairs.append(("description", .string(field.summary.zh + " / " + field.summary.en)))
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
