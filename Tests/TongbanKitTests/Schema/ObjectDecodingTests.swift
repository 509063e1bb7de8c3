import Testing
import YAMLSource
@testable import TongbanKit

/// Decoding a mapping looks keys up from the field found last and tells repetitions of schema
/// keys by the fields they name, without searching the keys recorded. Both must give what the
/// definitions say: the first of equal keys is decoded, later ones are skipped, unknown keys
/// are reported once, and a required field that is missing or empty is reported.
@Suite struct ObjectDecodingTests {
    private func range(_ line: Int) -> SourceRange {
        SourceRange(at: Mark(line: line, column: 1, offset: line))
    }

    /// Every object schema a file kind reaches, and the duration's.
    private var allSchemas: [ObjectSchema] {
        var types = FileKind.allCases.map(\.rootType) + [.object(SchemaValidator.durationSchema)]
        var schemas: [ObjectSchema] = []
        while let type = types.popLast() {
            switch type {
            case .object(let schema):
                schemas.append(schema)
                types += schema.fields.map(\.type)
            case .list(let element): types.append(element)
            case .scalarOrList(_, let list): types.append(list)
            case .scalarOrObject(_, let schema): types.append(.object(schema))
            case .scalar, .integer, .duration: continue
            }
        }
        return schemas
    }

    @Test func schemaKeysAreDistinct() {
        for schema in allSchemas {
            for (i, a) in schema.fields.enumerated() {
                for b in schema.fields[(i + 1)...] { #expect(a.key != b.key, "\(schema.name).\(a.key)") }
            }
        }
    }

    @Test func lookingUpFromAnyFieldFindsTheSameField() {
        for schema in allSchemas {
            for key in schema.fields.map(\.key) + ["", "unknown", "Name", "name "] {
                for start in -1...(schema.fields.count + 1) {
                    #expect(schema.fieldIndex(key, from: start) == schema.fieldIndex(key), "\(schema.name).\(key) from \(start)")
                }
            }
        }
    }

    /// A schema of `count` text fields `f0`, `f1`, …, every third required.
    private func schema(fields count: Int) -> ObjectSchema {
        ObjectSchema(name: "test", fields: (0..<count).map { i in
            FieldSchema("f\(i)", .scalar(.text), i % 3 == 0 ? .required : .optional, zh: "字段", en: "field")
        })
    }

    /// Generated mappings of schema keys (mostly in order), unknown keys (some equal in another
    /// normalization form), repetitions and empty values, for a schema the field mask covers and
    /// one too large for it.
    @Test(arguments: [4, 70])
    func decodesAsTheDefinitionsSay(fieldCount: Int) {
        let schema = schema(fields: fieldCount)
        let unknown = ["é", "e\u{301}", "x", "K", "\u{212A}", "社会"]
        var random = SeededRandom(seed: 42)
        for round in 0..<400 {
            var pairs: [Pair] = []
            var next = 0
            for line in 1...(1 + random.next(upTo: 12)) {
                let key: String
                if random.chance(20) {
                    key = random.pick(unknown)
                } else {
                    next = random.chance(70) ? next + 1 : random.next(upTo: fieldCount)
                    key = "f\(next % fieldCount)"
                }
                let value = random.chance(15) ? Scalar("~") : Scalar("v\(line)")
                pairs.append(Pair(key: Node(.scalar(Scalar(key)), range: range(line)), value: Node(.scalar(value), range: range(line))))
            }
            let mapping = Node(.mapping(pairs), range: range(0))

            var expectedRanges: [String: SourceRange] = [:]
            var expectedFields: [String: Value] = [:]
            var expectedFindings: [(RuleID, Int)] = []
            for (line, pair) in zip(1..., pairs) {
                guard let key = pair.key.text, expectedRanges[key] == nil else { continue }
                expectedRanges[key] = range(line)
                if let field = schema.fieldIndex(key) {
                    if pair.value.scalar?.isNull == true {
                        if schema.fields[field].requirement == .required { expectedFindings.append((.missingField, line)) }
                    } else {
                        expectedFields[key] = .text("v\(line)", range(line))
                    }
                } else {
                    expectedFindings.append((.unknownKey, line))
                }
            }
            for field in schema.fields where field.requirement == .required && expectedRanges[field.key] == nil {
                expectedFindings.append((.missingField, 0))
            }

            var validator = SchemaValidator(file: "test.yaml", draft: false)
            let object = validator.value(mapping, as: .object(schema)).object
            #expect(object?.keyRanges == expectedRanges, "round \(round)")
            #expect(object?.fields == expectedFields, "round \(round)")
            let findings = validator.sink.diagnostics.map { "\($0.rule.rawValue)@\($0.range.start.line)" }
            #expect(findings == expectedFindings.map { "\($0.0.rawValue)@\($0.1)" }, "round \(round)")
        }
    }
}
