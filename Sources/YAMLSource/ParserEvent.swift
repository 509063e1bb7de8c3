/// Whether the parser should keep sending events.
enum ParseStep {
    case proceed
    case stop
}

/// What receives libyaml's events, already copied into Swift values (no C memory outlives an
/// event) and with their marks converted. The parser calls it directly, one method per kind of
/// event, so no event is wrapped in an intermediate value and copied again.
protocol ParserEventHandler {
    /// The start of a document (the stream's start and end, and document ends, need no handling).
    mutating func documentStart(range: SourceRange) -> ParseStep
    mutating func alias(_ name: String, range: SourceRange) -> ParseStep
    mutating func scalar(_ scalar: consuming Scalar, tag: String?, anchor: String?, range: SourceRange) -> ParseStep
    mutating func collectionStart(_ kind: CollectionKind, tag: String?, anchor: String?, range: SourceRange) -> ParseStep
    mutating func collectionEnd(range: SourceRange) -> ParseStep
}

/// The two kinds of collection events.
enum CollectionKind {
    case sequence
    case mapping
}
