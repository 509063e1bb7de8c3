/// Turns positions in the raw bytes into `Mark`s the way libyaml counts them: a byte-order
/// mark takes no column, columns count Unicode scalars, and LF, CR, CRLF, NEL, LS and PS
/// each end a line.
struct SourcePositions {
    let bytes: [UInt8]
    /// 3 when the text starts with a byte-order mark, else 0.
    let base: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.base = UTF8Sequence.hasByteOrderMark(bytes) ? 3 : 0
    }

    /// The mark of the byte at `offset`, found by scanning from the start.
    ///
    /// Linear in `offset`: meant for the few positions found by the encoding checks and for
    /// libyaml reader errors, not for every node.
    func mark(atByte offset: Int) -> Mark {
        let target = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var i = base
        while i < target {
            let b = bytes[i]
            if b == 0x0A {
                line += 1; column = 1; i += 1
            } else if b == 0x0D {
                let crlf = i + 1 < bytes.count && bytes[i + 1] == 0x0A
                line += 1; column = 1; i += crlf ? 2 : 1
            } else {
                let w = UTF8Sequence.width(bytes, at: i)
                if isUnicodeBreak(at: i, width: w) {
                    line += 1; column = 1
                } else {
                    column += 1
                }
                i += w
            }
        }
        return Mark(line: line, column: column, offset: target)
    }

    /// The one-character range at `offset` (`length` bytes long).
    func range(atByte offset: Int, length: Int = 1) -> SourceRange {
        let start = mark(atByte: offset)
        let end = Mark(line: start.line, column: start.column + 1, offset: min(offset + length, bytes.count))
        return SourceRange(start: start, end: end)
    }

    private func isUnicodeBreak(at i: Int, width: Int) -> Bool {
        if width == 2 { return bytes[i] == 0xC2 && bytes[i + 1] == 0x85 }
        if width == 3 {
            return bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
        }
        return false
    }
}
