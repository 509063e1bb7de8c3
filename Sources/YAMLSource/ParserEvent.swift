/// One libyaml event, copied into Swift values so that no C memory outlives the event.
struct ParserEvent: Sendable {
    enum Kind: Sendable {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(name: String)
        case scalar(Scalar, tag: String?, anchor: String?)
        case sequenceStart(tag: String?, anchor: String?)
        case sequenceEnd
        case mappingStart(tag: String?, anchor: String?)
        case mappingEnd
    }

    var kind: Kind
    var start: RawMark
    var end: RawMark
}
