import Testing
import YAMLSource
@testable import TongbanLSP

/// Registry columns count Unicode scalars; LSP counts UTF-16 code units. 𠀋 (U+2000B) is one
/// scalar, four UTF-8 bytes and two UTF-16 units; 通 is one scalar, three bytes, one unit.
@Suite struct LineIndexTests {
    let index = LineIndex("name: 𠀋通办\n  - a𠀋b: x\n")

    @Test(arguments: [
        (1, 1, 0), (1, 7, 6), (1, 8, 8), (1, 9, 9), (1, 10, 10),
        (2, 5, 4), (2, 6, 5), (2, 7, 7), (2, 8, 8),
    ])
    func scalarColumnsBecomeUTF16(line: Int, column: Int, character: Int) {
        #expect(index.position(line: line, scalarColumn: column) == LSPPosition(line: line - 1, character: character))
        #expect(index.scalarColumn(LSPPosition(line: line - 1, character: character)) == column)
    }

    @Test func columnsPastTheEndAreClamped() {
        #expect(index.position(line: 1, scalarColumn: 99) == LSPPosition(line: 0, character: 10))
        #expect(index.position(line: 9, scalarColumn: 1) == LSPPosition(line: 2, character: 0))
    }

    @Test func byteOffsetsBecomeUTF16() {
        // "name: " is 6 bytes, 𠀋 4, 通 3.
        #expect(index.position(ofByte: 6) == LSPPosition(line: 0, character: 6))
        #expect(index.position(ofByte: 10) == LSPPosition(line: 0, character: 8))
        #expect(index.position(ofByte: 13) == LSPPosition(line: 0, character: 9))
        // Inside 𠀋's bytes: the character's start.
        #expect(index.position(ofByte: 8) == LSPPosition(line: 0, character: 6))
        #expect(index.position(ofByte: 17) == LSPPosition(line: 1, character: 0))
    }

    @Test func positionsBecomeMarks() {
        let mark = index.mark(LSPPosition(line: 1, character: 7))
        #expect(mark.line == 2 && mark.column == 7)
        #expect(mark.offset == 17 + 4 + 1 + 4)
        // Inside the surrogate pair: after the character.
        #expect(index.mark(LSPPosition(line: 0, character: 7)).column == 8)
    }

    @Test func registryMarksOfRealDecodingRoundTrip() {
        // The reader's marks of a scalar after 𠀋 land on the same text in UTF-16.
        let text = "name: 𠀋\nstatus: 草稿\n"
        let document = YAMLReader.read(Array(text.utf8))
        guard let status = document.root?.mapping?.last?.value else {
            Issue.record("no status value")
            return
        }
        let lines = LineIndex(text)
        let start = lines.position(status.range.start), end = lines.position(status.range.end)
        #expect(start == LSPPosition(line: 1, character: 8))
        #expect(end == LSPPosition(line: 1, character: 10))
        #expect(lines.position(ofByte: status.range.start.offset) == start)
    }
}
