/// Converts libyaml marks into `Mark`s with UTF-8 byte offsets.
///
/// libyaml 0.2.5's `index` counts characters (Unicode scalars after any byte-order mark),
/// not bytes. The converter keeps a cursor (character index, byte offset) and walks it to
/// each requested index. libyaml's marks arrive almost in order, so the total walk is linear
/// in the file size even when the whole file is one long line. The input must be valid UTF-8.
struct MarkConverter {
    private let bytes: [UInt8]
    private let base: Int
    /// Where the text's all-ASCII end begins: from here on a character is a byte, so the cursor
    /// moves by arithmetic (a list's entries, after a header with Chinese in it, are all there).
    private let asciiTail: Int
    private var characterIndex = 0
    private var byteOffset: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.base = UTF8Sequence.hasByteOrderMark(bytes) ? 3 : 0
        self.byteOffset = base
        self.asciiTail = max(bytes.withUnsafeBufferPointer(Self.asciiSuffixStart), base)
    }

    /// The `Mark` of a libyaml mark: 1-based line and column, UTF-8 byte offset.
    mutating func mark(_ raw: RawMark) -> Mark {
        Mark(line: raw.line + 1, column: raw.column + 1, offset: offset(ofCharacter: raw.index))
    }

    mutating func range(_ start: RawMark, _ end: RawMark) -> SourceRange {
        let s = mark(start)
        return SourceRange(start: s, end: mark(end))
    }

    /// The byte offset of the character at `index`, clamped to the end of the input.
    mutating func offset(ofCharacter index: Int) -> Int {
        if byteOffset >= asciiTail {
            // One byte per character: forward to the index or the end of the input, back to the
            // index or the start of the ASCII end (and on from there one character at a time).
            if characterIndex < index {
                let step = min(index - characterIndex, bytes.count - byteOffset)
                characterIndex += step
                byteOffset += step
            } else if characterIndex > index {
                let step = min(characterIndex - index, byteOffset - asciiTail)
                characterIndex -= step
                byteOffset -= step
            }
        }
        if characterIndex < index {
            let (character, byte) = bytes.withUnsafeBufferPointer {
                Self.advance($0, character: characterIndex, byte: byteOffset, to: index)
            }
            characterIndex = character
            byteOffset = byte
        }
        while characterIndex > index && byteOffset > base {
            byteOffset -= 1
            while byteOffset > base && bytes[byteOffset] & 0xC0 == 0x80 { byteOffset -= 1 }
            characterIndex -= 1
        }
        return min(byteOffset, bytes.count)
    }

    /// The offset after the last byte that is not ASCII (0 when there is none).
    private static func asciiSuffixStart(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var i = buffer.count
        if let base = buffer.baseAddress {
            while i >= 8 && UnsafeRawPointer(base + i - 8).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i -= 8
            }
        }
        while i > 0 && buffer[i - 1] < 0x80 { i -= 1 }
        return i
    }

    /// Walks forward from (`character`, `byte`) to character `index` or the end of the input.
    /// The input is valid UTF-8, so each lead byte gives the length of its sequence.
    private static func advance(_ buffer: UnsafeBufferPointer<UInt8>, character: Int, byte: Int, to index: Int) -> (Int, Int) {
        var character = character
        var byte = byte
        let count = buffer.count
        // Eight bytes hold at most eight characters: while at least eight are left to walk, take
        // words and count the bytes that start a character (all but continuation bytes).
        if let base = buffer.baseAddress, index - character >= 8 {
            while index - character >= 8 && byte + 8 <= count {
                let word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                // A continuation byte is 10xxxxxx: its high bit set and the next one clear.
                let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                character += 8 - continuation.nonzeroBitCount
                byte += 8
            }
            // A word may end inside a character counted already: step past its continuation bytes.
            while byte < count && buffer[byte] & 0xC0 == 0x80 { byte += 1 }
        }
        while character < index && byte < count {
            let lead = buffer[byte]
            byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            character += 1
        }
        return (character, byte)
    }
}
