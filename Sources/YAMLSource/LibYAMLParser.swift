internal import CYAML

/// The single owner of a libyaml `yaml_parser_t` and of the input bytes it reads.
///
/// libyaml keeps a pointer to the input, so the bytes are copied into memory this object
/// owns; both are released in `deinit`. Each event is copied into Swift values for the handler
/// and freed by `yaml_event_delete` before the next one is read.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    /// Whether `parse` got to the end of the stream (so libyaml has read every byte).
    private(set) var reachedStreamEnd = false

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

    /// Sends every event to `handler` until it stops or the stream ends.
    /// - Returns: libyaml's failure, when it stopped on one.
    func parse<Handler: ParserEventHandler>(into handler: inout Handler, converter: inout MarkConverter) -> ParserFailure? {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) != 0 else { return failure }
            defer { yaml_event_delete(&event) }
            let range = converter.range(RawMark(event.start_mark), RawMark(event.end_mark))
            let step: ParseStep
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                step = .proceed
            case YAML_DOCUMENT_START_EVENT:
                step = handler.documentStart(range: range)
            case YAML_ALIAS_EVENT:
                step = handler.alias(Self.string(event.data.alias.anchor) ?? "", range: range)
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let value = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
                step = handler.scalar(
                    Scalar(value, style: Self.style(s.style)), tag: Self.string(s.tag), anchor: Self.string(s.anchor), range: range)
            case YAML_SEQUENCE_START_EVENT:
                let s = event.data.sequence_start
                step = handler.collectionStart(.sequence, tag: Self.string(s.tag), anchor: Self.string(s.anchor), range: range)
            case YAML_MAPPING_START_EVENT:
                let m = event.data.mapping_start
                step = handler.collectionStart(.mapping, tag: Self.string(m.tag), anchor: Self.string(m.anchor), range: range)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                step = handler.collectionEnd(range: range)
            default:
                // YAML_STREAM_END_EVENT, and YAML_NO_EVENT which libyaml only sends after the end.
                reachedStreamEnd = true
                step = .stop
            }
            if case .stop = step { return nil }
        }
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

    /// Why libyaml stopped.
    private var failure: ParserFailure {
        let p = parser.pointee
        return ParserFailure(
            problem: p.problem.map { String(cString: $0) } ?? "unknown libyaml error",
            context: p.context.map { String(cString: $0) },
            problemMark: RawMark(p.problem_mark),
            contextMark: RawMark(p.context_mark),
            readerByteOffset: p.error == YAML_READER_ERROR ? Int(clamping: p.problem_offset) : nil)
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
