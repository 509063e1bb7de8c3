import YAMLSource

/// A position as LSP counts it: 0-based line, and the character offset in UTF-16 code units.
public struct LSPPosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: LSPPosition, b: LSPPosition) -> Bool {
        (a.line, a.character) < (b.line, b.character)
    }

    var json: [String: Any] { ["line": line, "character": character] }
}

/// The lines of a document's UTF-8 text, to move between the registry's positions (1-based
/// line, column in Unicode scalars, byte offset) and LSP's (0-based line, UTF-16 offset).
///
/// Lines end at `\n`; a `\r` before it belongs to the line, as the registry's reader (which
/// reports carriage returns as `encoding` findings) counts it.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// The byte offset where each line starts.
    private let starts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { starts.append(i + 1) }
        self.starts = starts
    }

    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    public var lineCount: Int { starts.count }

    /// The bytes of 0-based `line` without its line break (empty past the end).
    func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 0, line < starts.count else { return [] }
        let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
        return bytes[starts[line]..<max(starts[line], end)]
    }

    /// The text of 0-based `line`.
    public func lineText(_ line: Int) -> String {
        String(decoding: lineBytes(line), as: UTF8.self)
    }

    // MARK: - Registry positions to LSP

    /// The LSP position of a registry position (1-based line, 1-based column in Unicode scalars).
    /// Columns past the end of the line are clamped to its end.
    public func position(line: Int, scalarColumn: Int) -> LSPPosition {
        let l = min(max(line - 1, 0), starts.count - 1)
        var remaining = max(scalarColumn - 1, 0)
        var units = 0
        for scalar in String(decoding: lineBytes(l), as: UTF8.self).unicodeScalars {
            if remaining == 0 { break }
            units += scalar.utf16.count
            remaining -= 1
        }
        return LSPPosition(line: l, character: units)
    }

    public func position(_ mark: Mark) -> LSPPosition {
        position(line: mark.line, scalarColumn: mark.column)
    }

    /// The LSP position of byte `offset` (clamped to the text; inside a character, that character's start).
    public func position(ofByte offset: Int) -> LSPPosition {
        let o = min(max(offset, 0), bytes.count)
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= o { low = mid } else { high = mid - 1 }
        }
        let prefix = bytes[starts[low]..<o]
        var units = 0
        var i = prefix.startIndex
        while i < prefix.endIndex {
            let lead = prefix[i]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= prefix.endIndex else { break }
            units += length == 4 ? 2 : 1
            i += length
        }
        return LSPPosition(line: low, character: units)
    }

    // MARK: - LSP positions to the registry's

    /// The 1-based scalar column of an LSP position on its line; a position inside a surrogate
    /// pair, or past the end of the line, moves to the end of that character or line.
    public func scalarColumn(_ position: LSPPosition) -> Int {
        var units = 0
        var column = 1
        for scalar in String(decoding: lineBytes(position.line), as: UTF8.self).unicodeScalars {
            if units >= position.character { break }
            units += scalar.utf16.count
            column += 1
        }
        return column
    }

    /// The registry mark (1-based line and scalar column, byte offset) of an LSP position.
    public func mark(_ position: LSPPosition) -> Mark {
        let line = min(max(position.line, 0), starts.count - 1)
        let column = scalarColumn(LSPPosition(line: line, character: position.character))
        var offset = starts[line]
        var count = 1
        let lineBytes = lineBytes(line)
        while count < column && offset < lineBytes.endIndex {
            let lead = bytes[offset]
            offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            count += 1
        }
        return Mark(line: line + 1, column: column, offset: min(offset, bytes.count))
    }

    /// The byte offset of an LSP position.
    public func byteOffset(_ position: LSPPosition) -> Int {
        mark(position).offset
    }
}
