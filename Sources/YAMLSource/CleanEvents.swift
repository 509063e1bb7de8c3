/// One event of a document that reads without any finding (see `YAMLReader.cleanEvents`).
public struct YAMLEvent: Sendable {
    public enum Kind: Sendable {
        case scalar(Scalar)
        case sequenceStart
        case sequenceEnd
        case mappingStart
        case mappingEnd
    }

    public var kind: Kind
    /// The event's span; for a collection's end, its end is the collection's end.
    public var range: SourceRange
}

extension YAMLReader {
    /// The events of a file that `read` would turn into a tree with no problem at all — one
    /// document with a root, no byte-order mark, carriage return, anchor, alias or tag, nesting
    /// within `maxDepth`, within `maxFileSize`, and read by libyaml to its end — and nil for any
    /// other file. A decoder can build values straight from these events and leave every file
    /// with something to report to `read`. Duplicate and complex keys are not looked for here.
    public static func cleanEvents(_ bytes: [UInt8]) -> [YAMLEvent]? {
        guard bytes.count <= maxFileSize, !UTF8Sequence.startsLikeUTF16(bytes), !UTF8Sequence.hasByteOrderMark(bytes),
              EncodingCheck.firstCarriageReturn(bytes, from: 0) == nil,
              let parser = LibYAMLParser(bytes: bytes) else { return nil }
        var converter = MarkConverter(bytes)
        var collector = EventCollector(maxDepth: maxDepth)
        collector.events.reserveCapacity(bytes.count / 12)
        guard parser.parse(into: &collector, converter: &converter) == nil, parser.reachedStreamEnd,
              collector.isClean, !collector.events.isEmpty else { return nil }
        return collector.events
    }
}

/// Collects events while the document stays clean; stops at the first thing `read` would report.
private struct EventCollector: ParserEventHandler {
    let maxDepth: Int
    var events: [YAMLEvent] = []
    var isClean = true
    private var documents = 0
    /// Where each open collection started, and what it is.
    private var open: [(start: Mark, kind: CollectionKind)] = []

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    private mutating func unclean() -> ParseStep {
        isClean = false
        return .stop
    }

    mutating func documentStart(range: SourceRange) -> ParseStep {
        documents += 1
        return documents > 1 ? unclean() : .proceed
    }

    mutating func alias(_ name: String, range: SourceRange) -> ParseStep {
        unclean()
    }

    mutating func scalar(_ scalar: consuming Scalar, tag: String?, anchor: String?, range: SourceRange) -> ParseStep {
        guard tag == nil, anchor == nil else { return unclean() }
        events.append(YAMLEvent(kind: .scalar(scalar), range: range))
        return .proceed
    }

    mutating func collectionStart(_ kind: CollectionKind, tag: String?, anchor: String?, range: SourceRange) -> ParseStep {
        guard tag == nil, anchor == nil, open.count < maxDepth else { return unclean() }
        open.append((range.start, kind))
        events.append(YAMLEvent(kind: kind == .sequence ? .sequenceStart : .mappingStart, range: range))
        return .proceed
    }

    mutating func collectionEnd(range: SourceRange) -> ParseStep {
        guard let (start, kind) = open.popLast() else { return unclean() }
        events.append(YAMLEvent(kind: kind == .sequence ? .sequenceEnd : .mappingEnd, range: SourceRange(start: start, end: range.end)))
        return .proceed
    }
}
