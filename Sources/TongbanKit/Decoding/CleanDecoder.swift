import YAMLSource

/// The shortcut for files with nothing to report, which in a registry is nearly every file: the
/// validated value built straight from libyaml's events (`YAMLReader.cleanEvents`), without the
/// node tree. It gives up — returns nil — at the first thing `SchemaValidator` would report or
/// rewrite (an unknown, repeated or missing key, a value of the wrong shape, an invalid,
/// ambiguous or non-canonical scalar), and the file then goes the general way. When it does not
/// give up, its value is the one `SchemaValidator` makes; a test holds the two to that.
struct CleanDecoder {
    private let events: [YAMLEvent]
    private let context: DecodingContext
    /// Whether completeness rules are relaxed (a matter with `status: 草稿`).
    private let draft: Bool
    private var next = 0

    /// The value of a file of `kind` with events `events`, or nil when there is something to report.
    static func value(_ events: [YAMLEvent], kind: FileKind, context: DecodingContext) -> Value? {
        var decoder = CleanDecoder(events: events, context: context, draft: kind == .matter && isDraft(events))
        guard let value = decoder.value(as: kind.rootType), decoder.next == events.count else { return nil }
        return value
    }

    private init(events: [YAMLEvent], context: DecodingContext, draft: Bool) {
        self.events = events
        self.context = context
        self.draft = draft
    }

    /// Whether the root mapping says `status: 草稿`: its first `status` key, as the tree's lookup finds.
    static func isDraft(_ events: [YAMLEvent]) -> Bool {
        guard case .mappingStart? = events.first?.kind else { return false }
        var index = 1
        while index < events.count, case .scalar(let key) = events[index].kind {
            index += 1
            guard key.value != "status" else {
                guard index < events.count, case .scalar(let status) = events[index].kind else { return false }
                return SchemaValidator.isDraftStatus(status.value)
            }
            index = skipValue(events, from: index)
        }
        return false
    }

    /// The index after the value that starts at `index` (one scalar, or a whole collection).
    static func skipValue(_ events: [YAMLEvent], from index: Int) -> Int {
        var depth = 0
        var i = index
        repeat {
            guard i < events.count else { return i }
            switch events[i].kind {
            case .mappingStart, .sequenceStart: depth += 1
            case .mappingEnd, .sequenceEnd: depth -= 1
            case .scalar: break
            }
            i += 1
        } while depth > 0
        return i
    }

    // MARK: - Values

    private mutating func value(as type: ValueType) -> Value? {
        switch type {
        case .scalar(let format): scalar(format)
        case .duration: scalar(.duration)
        case .integer(let min, let max): integer(min: min, max: max)
        case .list(let element): list(element)
        case .object(let schema): object(schema)
        case .scalarOrList(let format, let listType):
            switch peek {
            case .scalar?: scalar(format)
            case .sequenceStart?: value(as: listType)
            default: nil
            }
        case .scalarOrObject(let format, let schema):
            switch peek {
            case .scalar?: scalar(format)
            case .mappingStart?: object(schema)
            default: nil
            }
        }
    }

    private var peek: YAMLEvent.Kind? {
        next < events.count ? events[next].kind : nil
    }

    /// `SchemaValidator.scalar`, giving up where it would report or rewrite.
    private mutating func scalar(_ format: ScalarFormat) -> Value? {
        guard next < events.count, case .scalar(let s) = events[next].kind else { return nil }
        let range = events[next].range
        next += 1
        guard ConfusableText.first(in: s.value) == nil,
              case .valid(let canonical, _) = SchemaValidator.check(s, tagged: false, format, context: context),
              !SchemaValidator.needsRewrite(s, to: canonical) else { return nil }
        return .text(canonical, range)
    }

    /// `SchemaValidator.integer`, giving up where it would report or rewrite.
    private mutating func integer(min: Int, max: Int?) -> Value? {
        guard next < events.count, case .scalar(let s) = events[next].kind, s.style == .plain,
              let n = SchemaValidator.integerValue(s.value), n >= min, n <= max ?? n, String(n) == s.value else { return nil }
        let range = events[next].range
        next += 1
        return .integer(n, range)
    }

    private mutating func list(_ element: ValueType) -> Value? {
        guard case .sequenceStart? = peek else { return nil }
        next += 1
        var items: [Value] = []
        while let kind = peek {
            if case .sequenceEnd = kind {
                let range = events[next].range
                next += 1
                return .list(items, range)
            }
            guard let item = value(as: element) else { return nil }
            items.append(item)
        }
        return nil
    }

    /// `SchemaValidator.object`, giving up at an unknown, repeated, empty-required or missing key.
    private mutating func object(_ schema: ObjectSchema) -> Value? {
        guard case .mappingStart? = peek else { return nil }
        next += 1
        var result = ObjectValue(range: .fileStart)
        var keys = SchemaValidator.SeenFields(schema)
        while let kind = peek {
            if case .mappingEnd = kind {
                result.range = events[next].range
                next += 1
                for field in schema.fields.indices where isRequired(schema.fields[field].requirement)
                    && !(keys.wasNamed(field) ?? result.has(schema.fields[field].key)) {
                    return nil
                }
                return .object(result)
            }
            guard case .scalar(let key) = kind, let field = keys.field(of: key.value), keys.isFirst(field),
                  let slot = result.record(key.value, at: events[next].range, isNew: keys.decides) else { return nil }
            next += 1
            if case .scalar(let value)? = peek, value.isNull {
                guard !isRequired(schema.fields[field].requirement) else { return nil }
                next += 1
                continue
            }
            guard let value = value(as: schema.fields[field].type) else { return nil }
            result.setValue(value, at: slot)
        }
        return nil
    }

    private func isRequired(_ requirement: Requirement) -> Bool {
        requirement.isRequired(draft: draft)
    }
}
