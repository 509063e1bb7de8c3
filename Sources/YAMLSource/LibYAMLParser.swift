internal import CYAML

/// The single owner of a libyaml `yaml_parser_t` and of the input bytes it reads.
///
/// libyaml keeps a pointer to the input, so the bytes are copied into memory this object
/// owns; both are released in `deinit`. Each event is freed by `yaml_event_delete` before
/// `next()` returns.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>

    /// Returns nil only when libyaml cannot allocate its parser.
    init?(bytes: [UInt8]) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) != 0 else {
            parser.deallocate()
            return nil
        }
        // At least one byte so that the base address is never nil, even for empty input.
        let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        self.parser = parser
        self.input = input
        if let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, bytes.count)
        }
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    // MARK: - Events

    /// The next event, or nil when libyaml fails (then `failure` says why).
    func next() -> ParserEvent? {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else { return nil }
        defer { yaml_event_delete(&event) }
        return ParserEvent(
            kind: Self.kind(of: event),
            start: RawMark(event.start_mark),
            end: RawMark(event.end_mark))
    }

    /// Runs libyaml over the whole stream without building anything.
    /// - Returns: the number of events including stream start and end, or nil on an error.
    func countEvents() -> Int? {
        var count = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) != 0 else { return nil }
            let type = event.type
            yaml_event_delete(&event)
            count += 1
            if type == YAML_STREAM_END_EVENT || type == YAML_NO_EVENT { return count }
        }
    }

    // MARK: - Conversion

    /// Why libyaml stopped, after `next()` returned nil.
    var failure: ParserFailure {
        let p = parser.pointee
        return ParserFailure(
            problem: p.problem.map { String(cString: $0) } ?? "unknown libyaml error",
            context: p.context.map { String(cString: $0) },
            problemMark: RawMark(p.problem_mark),
            contextMark: RawMark(p.context_mark),
            readerByteOffset: p.error == YAML_READER_ERROR ? Int(clamping: p.problem_offset) : nil)
    }

    private static func kind(of event: yaml_event_t) -> ParserEvent.Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(name: string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let value: String
            if let bytes = s.value {
                value = String(decoding: UnsafeBufferPointer(start: bytes, count: s.length), as: UTF8.self)
            } else {
                value = ""
            }
            return .scalar(
                Scalar(value, style: style(s.style)), tag: string(s.tag), anchor: string(s.anchor))
        case YAML_SEQUENCE_START_EVENT:
            let s = event.data.sequence_start
            return .sequenceStart(tag: string(s.tag), anchor: string(s.anchor))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let m = event.data.mapping_start
            return .mappingStart(tag: string(m.tag), anchor: string(m.anchor))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_STREAM_END_EVENT, and YAML_NO_EVENT which libyaml only sends after the end.
            return .streamEnd
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

extension RawMark {
    fileprivate init(_ mark: yaml_mark_t) {
        self.init(
            index: Int(clamping: mark.index),
            line: Int(clamping: mark.line),
            column: Int(clamping: mark.column))
    }
}
