import YAMLSource

/// Checks a node tree against a schema, producing the canonical value and a diagnostic for
/// everything wrong. It never stops at the first problem.
public struct SchemaValidator {
    /// Whether completeness rules are relaxed (a matter with `status: 草稿`).
    let draft: Bool
    /// What the rest of the registry says about values in this file (material synonyms).
    let context: DecodingContext
    private(set) var sink: DiagnosticSink
    private(set) var rewrites: [ScalarRewrite] = []

    public init(file: String, draft: Bool, context: DecodingContext = .standalone) {
        self.draft = draft
        self.context = context
        self.sink = DiagnosticSink(file: file)
    }

    /// Validates the root of a file of `kind`.
    public static func validate(root: Node, kind: FileKind, file: String, context: DecodingContext = .standalone) -> (Value, [Diagnostic], [ScalarRewrite]) {
        var validator = SchemaValidator(file: file, draft: kind == .matter && isDraft(root), context: context)
        let value = validator.value(root, as: kind.rootType)
        return (value, validator.sink.diagnostics, validator.rewrites)
    }

    /// Whether the root mapping says `status: 草稿`.
    static func isDraft(_ root: Node) -> Bool {
        guard let status = root["status"]?.text else { return false }
        return isDraftStatus(status)
    }

    /// Whether a `status` value says 草稿 (in any accepted spelling).
    static func isDraftStatus(_ status: String) -> Bool {
        Vocabulary.status.canonical(status) == "草稿"
    }

    mutating func value(_ node: Node, as type: ValueType) -> Value {
        if case .alias = node.content { return .invalid(node.range) }
        switch type {
        case .scalar(let format):
            return scalar(node, format)
        case .integer(let min, let max):
            return integer(node, min: min, max: max)
        case .list(let element):
            guard let items = node.sequence else { return wrongType(node, wanted: .list(element)) }
            return .list(items.map { value($0, as: element) }, node.range)
        case .object(let schema):
            guard let pairs = node.mapping else { return wrongType(node, wanted: type) }
            return .object(object(pairs, schema, range: node.range))
        case .scalarOrList(let format, let listType):
            if node.scalar != nil { return scalar(node, format) }
            if node.sequence != nil { return value(node, as: listType) }
            return wrongType(node, wanted: type)
        case .scalarOrObject(let format, let schema):
            if node.scalar != nil { return scalar(node, format) }
            if let pairs = node.mapping { return .object(object(pairs, schema, range: node.range)) }
            return wrongType(node, wanted: type)
        case .duration:
            if let pairs = node.mapping { return durationObject(pairs, node) }
            return scalar(node, .duration)
        }
    }

    // MARK: - Scalars

    private mutating func scalar(_ node: Node, _ format: ScalarFormat) -> Value {
        guard let s = node.scalar else { return wrongType(node, wanted: .scalar(format)) }
        if let (position, character) = ConfusableText.first(in: s.value) {
            sink.report(.confusableText, at: node.range, ConfusableText.message(character, at: position))
        }
        switch Self.check(s, tagged: node.tag != nil, format, context: context) {
        case .ambiguous(let reading):
            sink.report(.ambiguousScalar, at: node.range, Message.ambiguousScalar(s.value, readsAs: reading.noun))
            // The text is what the editor meant: it is decoded as such (so that `id: 2021` does
            // not also make every `batch: "2021"` unknown), and `fmt` quotes it.
            guard case .valid(let canonical) = format.validate(s.value) else { return .invalid(node.range) }
            rewrites.append(ScalarRewrite(range: node.range, style: s.style, original: s.value, canonical: canonical, plainReadingAccepted: false))
            return .text(canonical, node.range)
        case .invalid(let rule, let message):
            sink.report(rule, at: node.range, message)
            return .invalid(node.range)
        case .valid(let canonical, let synonym):
            // Most values are canonical: the message is only written for one that is not.
            if Self.needsRewrite(s, to: canonical) {
                rewrites.append(ScalarRewrite(
                    range: node.range, style: s.style, original: s.value, canonical: canonical,
                    plainReadingAccepted: format.acceptsPlainReading(of: canonical)))
                let message = synonym
                    ? Message.materialSynonym(s.value, canonical)
                    : Message.nonCanonical(s.value, canonical)
                sink.report(.nonCanonical, at: node.range, message)
            }
            return .text(canonical, node.range)
        }
    }

    /// What a scalar comes to under `format`, before anything is reported.
    enum ScalarCheck {
        /// A plain scalar YAML 1.1 reads as something else, which the format does not accept.
        case ambiguous(YAML11Resolver.Reading)
        case invalid(RuleID, Message)
        /// Valid; `synonym` when the catalog gave the canonical name of a material synonym.
        case valid(canonical: String, synonym: Bool)
    }

    /// Checks scalar `s` (tagged or not) against `format`, with the material names of `context`.
    /// `SchemaValidator` reports what this finds; `CleanDecoder` gives up unless it is valid as written.
    static func check(_ s: Scalar, tagged: Bool, _ format: ScalarFormat, context: DecodingContext) -> ScalarCheck {
        if s.style == .plain && !tagged {
            let reading = YAML11Resolver.resolve(s.value)
            if reading != .string && reading != .null && !format.acceptsNonString(s.value) { return .ambiguous(reading) }
        }
        switch format.validate(s.value) {
        case .valid(let canonical):
            if format.usesMaterialCatalog, !context.materialNames.isEmpty, let name = context.materialNames[canonical] {
                return .valid(canonical: name, synonym: true)
            }
            return .valid(canonical: canonical, synonym: false)
        case .invalid(let rule, let message):
            return .invalid(rule, message)
        }
    }

    /// Whether `s` must be rewritten to read `canonical` (a block scalar that differs only in
    /// white space need not be).
    static func needsRewrite(_ s: Scalar, to canonical: String) -> Bool {
        canonical != s.value && !differsOnlyInLayout(s, canonical)
    }

    /// Whether a block scalar (`|`, `>`) differs from its canonical text only in white space.
    ///
    /// Line breaks and indentation in a block scalar are layout the editor chose for long text;
    /// text is compared with white space folded, so they are canonical. A block scalar that
    /// differs in anything else is non-canonical, and `fmt` writes it as a one-line scalar.
    static func differsOnlyInLayout(_ s: Scalar, _ canonical: String) -> Bool {
        (s.style == .literal || s.style == .folded) && TextNormalizer.foldWhitespace(s.value) == canonical
    }

    private mutating func integer(_ node: Node, min: Int, max: Int?) -> Value {
        guard let s = node.scalar, s.style == .plain, let n = Self.integerValue(s.value) else {
            return wrongType(node, wanted: .integer(min: min, max: max))
        }
        guard n >= min else {
            sink.report(.invalidValue, at: node.range, Message(zh: "\(n) 小于最小值 \(min)", en: "\(n) is less than the minimum \(min)"))
            return .invalid(node.range)
        }
        if let max, n > max {
            sink.report(.invalidValue, at: node.range, Message(zh: "\(n) 大于最大值 \(max)", en: "\(n) is greater than the maximum \(max)"))
            return .invalid(node.range)
        }
        let canonical = String(n)
        if canonical != s.value {
            rewrites.append(ScalarRewrite(range: node.range, style: s.style, original: s.value, canonical: canonical, plainReadingAccepted: true))
            sink.report(.nonCanonical, at: node.range, Message.nonCanonical(s.value, canonical))
        }
        return .integer(n, node.range)
    }

    /// A whole number in decimal digits (full-width digits and a leading `+` or zeros allowed).
    static func integerValue(_ raw: String) -> Int? {
        let text = TextNormalizer.normalizeCode(raw)
        let digits = text.hasPrefix("+") || text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// `{days: 5, unit: 工作日}`: valid only with exactly those two keys; its canonical form is
    /// the text `5个工作日`, and the mapping is rewritten as a whole.
    private mutating func durationObject(_ pairs: [Pair], _ node: Node) -> Value {
        let rewriteMark = rewrites.count
        let diagnosticMark = sink.diagnostics.count
        let object = object(pairs, Self.durationSchema, range: node.range)
        // The mapping is replaced as a whole, so what is inside it is not rewritten on its own.
        rewrites.removeSubrange(rewriteMark...)
        sink.discard(.nonCanonical, since: diagnosticMark)
        guard sink.diagnostics.count == diagnosticMark,
              let days = object.text("days").flatMap({ Int($0.value) }), let unitText = object.text("unit")?.value,
              let unit = Duration.DayUnit(rawValue: unitText) else { return .invalid(node.range) }
        let canonical = Duration.days(days, unit).description
        let original = "{days: \(days), unit: \(unitText)}"
        sink.report(.nonCanonical, at: Self.visibleRange(of: node, pairs), Message.nonCanonical(original, canonical))
        rewrites.append(ScalarRewrite(range: node.range, style: .plain, original: original, canonical: canonical))
        return .text(canonical, node.range)
    }

    /// Where a mapping is shown in a finding: a block mapping's range runs on to the next
    /// token (past comments and blank lines), so it is cut at the end of its last value.
    static func visibleRange(of node: Node, _ pairs: [Pair]) -> SourceRange {
        guard let last = pairs.last?.value.range.end, node.range.end.line > last.line else { return node.range }
        return SourceRange(start: node.range.start, end: last)
    }

    static let durationSchema = ObjectSchema(name: "duration", fields: [
        // What the text form accepts, so that the canonical text reads back and `days: 二十` is
        // as good as `二十个工作日`.
        FieldSchema("days", .scalar(.durationDays), .required, zh: "天数", en: "number of days"),
        FieldSchema("unit", .scalar(.enumeration(.dayUnit)), .required, zh: "单位", en: "unit"),
    ])

    // MARK: - Mappings

    private mutating func object(_ pairs: [Pair], _ schema: ObjectSchema, range: SourceRange) -> ObjectValue {
        var result = ObjectValue(range: range)
        // One list of the right size, rather than growing through 1, 2, 4, 8, 16 entries.
        result.reserveCapacity(pairs.count)
        var keys = SeenFields(schema)
        var unknown: [UnknownKey] = []
        for index in pairs.indices {
            guard let key = pairs[index].key.text else { continue }  // complex keys are reported by the reader
            let field = keys.field(of: key)
            // Duplicates are reported by the reader; the first of equal keys is the one decoded.
            guard keys.isFirst(field),
                  let slot = result.record(key, at: pairs[index].key.range, isNew: field != nil && keys.decides) else { continue }
            if let field {
                if case .scalar(let scalar) = pairs[index].value.content, scalar.isNull, pairs[index].value.tag == nil {
                    if isRequired(schema.fields[field].requirement) {
                        sink.report(.missingField, at: pairs[index].key.range, Message.emptyField(key))
                    }
                    continue
                }
                result.setValue(value(pairs[index].value, as: schema.fields[field].type), at: slot)
            } else if schema.forbiddenKeys.contains(key) {
                sink.report(.regionalDifference, at: pairs[index].key.range, Message.regionalDifference(key))
            } else {
                var found = UnknownKey(key: key, range: pairs[index].key.range, schema: schema)
                found.finding = sink.diagnostics.count
                report(found)
                unknown.append(found)
            }
        }
        var missing: [String] = []
        for field in schema.fields.indices where isRequired(schema.fields[field].requirement)
            && !(keys.wasNamed(field) ?? result.has(schema.fields[field].key)) {
            // A required key that an unknown key misspells is the unknown key's finding.
            if let misspelt = unknown.firstIndex(where: { $0.meant == schema.fields[field].key && !$0.explainsMissing }) {
                unknown[misspelt].explainsMissing = true
                if !unknown[misspelt].indentedFullWidth {
                    sink.replaceMessage(at: unknown[misspelt].finding, with: message(unknown[misspelt]))
                }
                continue
            }
            missing.append(schema.fields[field].key)
            sink.report(.missingField, at: SourceRange(at: range.start), Message.missingField(
                schema.fields[field].key, draftRelaxes: schema.fields[field].requirement == .requiredUnlessDraft))
        }
        return result
    }

    /// A key the schema does not have, and the key it likely stands for.
    struct UnknownKey {
        let key: String
        let range: SourceRange
        /// The key written after full-width spaces: the line is indented with them.
        let indentedFullWidth: Bool
        /// A Chinese field name's key or dotted path (`time_limit.promised`).
        let chineseName: String?
        /// The nearest key by spelling.
        let nearest: String?
        /// The keys the mapping may have.
        let keys: [String]
        /// Whether a required key is missing because this one misspells it.
        var explainsMissing = false
        /// The index of its finding in the sink.
        var finding = 0

        init(key: String, range: SourceRange, schema: ObjectSchema) {
            self.key = key
            self.range = range
            self.keys = schema.fields.map(\.key)
            let stripped = String(key.unicodeScalars.drop { $0 == "\u{3000}" })
            self.indentedFullWidth = stripped.count < key.count && !stripped.isEmpty
            self.chineseName = schema.key(forChineseName: stripped)
            self.nearest = indentedFullWidth && schema.field(stripped) != nil
                ? stripped : Suggestion.nearest(to: key, in: schema.fields.map(\.key))
        }

        /// The key of this mapping it stands for, if any.
        var meant: String? {
            if let chineseName { return chineseName.contains(".") ? nil : chineseName }
            return nearest
        }
    }

    private mutating func report(_ unknown: UnknownKey) {
        if unknown.indentedFullWidth {
            // A full-width space is not indentation to YAML: the key is read as text that starts with it.
            let start = unknown.range.start
            let end = Mark(line: start.line, column: start.column + 1, offset: start.offset + 3)
            sink.report(.yamlSyntax, at: SourceRange(start: start, end: end), Message.syntaxSlip(.fullWidthSpaceIndentation, detail: nil))
            return
        }
        sink.report(.unknownKey, at: unknown.range, message(unknown))
    }

    private func message(_ unknown: UnknownKey) -> Message {
        Message.unknownKey(
            unknown.key, keys: unknown.keys, suggestion: unknown.chineseName ?? unknown.nearest,
            chineseName: unknown.chineseName != nil, explainsMissing: unknown.explainsMissing)
    }

    /// The schema fields a mapping's keys have named so far, for `object`: a key of the schema is
    /// a repetition exactly when an earlier key named the same field (string equality is an
    /// equivalence, so equal keys match the same field), which spares searching the keys recorded.
    struct SeenFields {
        let schema: ObjectSchema
        /// Bit `i` set once field `i` has been named; nil for a schema too large for the mask.
        private var mask: UInt64? = 0
        /// Where to start looking for the next key: after the field found last.
        private var next = 0

        init(_ schema: ObjectSchema) {
            self.schema = schema
            if schema.fields.count > 64 { mask = nil }
        }

        /// The schema field `key` names, if any.
        mutating func field(of key: String) -> Int? {
            guard let field = schema.fieldIndex(key, from: next) else { return nil }
            next = field + 1
            return field
        }

        /// Whether no earlier key named `field`; nil (not a schema key) and a schema too large
        /// for the mask answer true, and `ObjectValue.record` then searches.
        mutating func isFirst(_ field: Int?) -> Bool {
            guard let field, let seen = mask else { return true }
            let bit: UInt64 = 1 << UInt64(field)
            if seen & bit != 0 { return false }
            mask = seen | bit
            return true
        }

        /// Whether a key named `field` (then `ObjectValue.has` its key); nil without the mask.
        func wasNamed(_ field: Int) -> Bool? {
            mask.map { $0 & (1 << UInt64(field)) != 0 }
        }

        /// Whether the mask decides repetitions (`record` may then skip its search).
        var decides: Bool { mask != nil }
    }

    private func isRequired(_ requirement: Requirement) -> Bool {
        requirement.isRequired(draft: draft)
    }

    private mutating func wrongType(_ node: Node, wanted: ValueType) -> Value {
        sink.report(.invalidType, at: node.range, Message.invalidType(found: .nodeKind(node), wanted: wanted.noun))
        return .invalid(node.range)
    }
}
