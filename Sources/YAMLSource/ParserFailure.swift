/// libyaml's description of why it stopped.
struct ParserFailure: Error {
    var problem: String
    var context: String?
    var problemMark: RawMark
    var contextMark: RawMark
    /// For reader (decoding) errors libyaml gives a raw byte offset instead of a mark.
    var readerByteOffset: Int?
}
