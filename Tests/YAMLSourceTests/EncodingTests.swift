import Testing
import YAMLSource

@Suite struct EncodingTests {
    @Test func twoMebibytesIsTooLarge() {
        let bytes = [UInt8](repeating: 0x61, count: 2 << 20)
        let doc = YAMLReader.read(bytes)
        #expect(doc.root == nil)
        #expect(doc.problems == [
            YAMLProblem(.tooLarge(bytes: 2_097_152, limit: 1_048_576), range: .fileStart)
        ])
    }

    @Test func exactlyTheLimitIsRead() {
        var bytes = Array("k: ".utf8)
        bytes += [UInt8](repeating: 0x61, count: YAMLReader.maxFileSize - bytes.count)
        let doc = YAMLReader.read(bytes)
        #expect(doc.problems.isEmpty)
        #expect(doc.root?["k"]?.range.end.offset == YAMLReader.maxFileSize)
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadSequence() {
        var bytes = Array("name: 社会\nkey: ".utf8)
        bytes += [0xFF, 0x20, 0x78, 0xFE]
        let doc = YAMLReader.read(bytes)
        #expect(doc.root == nil)
        #expect(doc.problems == [
            YAMLProblem(.invalidUTF8, range: range(mark(2, 6, 18), mark(2, 7, 19)))
        ])
    }

    @Test(arguments: [
        ([0xE7, 0xA4] as [UInt8], 2),  // truncated at the end
        ([0xC0, 0xAF], 1),  // overlong
        ([0xED, 0xA0, 0x80], 1),  // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 1),  // above U+10FFFF
        ([0x80], 1),  // lone continuation byte
    ])
    func invalidSequences(bad: [UInt8], length: Int) {
        let doc = YAMLReader.read(Array("a: ".utf8) + bad)
        #expect(doc.root == nil)
        #expect(doc.problems == [
            YAMLProblem(.invalidUTF8, range: range(mark(1, 4, 3), mark(1, 5, 3 + length)))
        ])
    }

    @Test func byteOrderMarkIsReportedAndParsed() throws {
        let doc = YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("k: 社".utf8))
        #expect(doc.problems == [YAMLProblem(.byteOrderMark, range: range(mark(1, 1, 0), mark(1, 1, 3)))])
        let pair = try #require(doc.root?.mapping?.first)
        #expect(pair.key.range == range(mark(1, 1, 3), mark(1, 2, 4)))
        #expect(pair.value.range == range(mark(1, 4, 6), mark(1, 5, 9)))
    }

    @Test func nulByteStopsBeforeLibYAML() {
        let doc = read("a: b\nc: 社\u{0}d")
        #expect(doc.root == nil)
        #expect(doc.problems == [YAMLProblem(.nulByte, range: range(mark(2, 5, 11), mark(2, 6, 12)))])
    }

    @Test func crlfIsReportedAtTheFirstCarriageReturnAndParsed() throws {
        let text = "a: b\r\nc: 社会\r\n"
        let doc = read(text)
        #expect(doc.problems == [YAMLProblem(.carriageReturn, range: range(mark(1, 5, 4), mark(1, 6, 5)))])
        let c = try #require(doc.root?["c"])
        #expect(c.text == "社会")
        #expect(c.range == range(mark(2, 4, 9), mark(2, 6, 15)))
    }

    @Test func loneCarriageReturnEndsALine() throws {
        let doc = read("a: b\rc: d")
        #expect(doc.problems == [YAMLProblem(.carriageReturn, range: range(mark(1, 5, 4), mark(1, 6, 5)))])
        #expect(doc.root?["c"]?.range == range(mark(2, 4, 8), mark(2, 5, 9)))
    }

    @Test func everyEncodingProblemOnceInOrder() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\n\r\nb: ".utf8) + [0xFF, 0x00, 0xFF, 0x00, 0x0D]
        let doc = YAMLReader.read(bytes)
        #expect(doc.root == nil)
        #expect(doc.problems == [
            YAMLProblem(.byteOrderMark, range: range(mark(1, 1, 0), mark(1, 1, 3))),
            YAMLProblem(.carriageReturn, range: range(mark(1, 5, 7), mark(1, 6, 8))),
            YAMLProblem(.invalidUTF8, range: range(mark(3, 4, 14), mark(3, 5, 15))),
            YAMLProblem(.nulByte, range: range(mark(3, 5, 15), mark(3, 6, 16))),
        ])
    }

    @Test func controlCharacterIsALibYAMLReaderError() {
        let doc = read("\u{FEFF}名: 值\u{1}")
        #expect(doc.root == nil)
        #expect(doc.problems == [
            YAMLProblem(.byteOrderMark, range: range(mark(1, 1, 0), mark(1, 1, 3))),
            YAMLProblem(
                .syntax(problem: "control characters are not allowed", context: nil),
                range: SourceRange(at: mark(1, 5, 11))),
        ])
    }
}
