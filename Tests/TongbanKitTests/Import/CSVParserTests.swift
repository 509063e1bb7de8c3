import Testing
@testable import TongbanKit

@Suite struct CSVParserTests {
    private func records(_ text: String) throws -> [CSVRecord] {
        try CSVParser.parse(Array(text.utf8)).get()
    }

    private func problem(_ text: String) -> ImportProblem? {
        if case .failure(let problem) = CSVParser.parse(Array(text.utf8)) { return problem }
        return nil
    }

    @Test func readsPlainFieldsAndLineNumbers() throws {
        let result = try records("a,b,c\n1,2,3\n\n4,,6\n")
        #expect(result == [
            CSVRecord(line: 1, fields: ["a", "b", "c"]),
            CSVRecord(line: 2, fields: ["1", "2", "3"]),
            CSVRecord(line: 4, fields: ["4", "", "6"]),
        ])
    }

    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let result = try records("name,source\n\"社会保障卡, 申领\",\"新华社\"\"报道\"\"\nline two\"\nnext,x")
        #expect(result == [
            CSVRecord(line: 1, fields: ["name", "source"]),
            CSVRecord(line: 2, fields: ["社会保障卡, 申领", "新华社\"报道\"\nline two"]),
            CSVRecord(line: 4, fields: ["next", "x"]),
        ])
    }

    @Test func toleratesByteOrderMarkAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n\"x\r\ny\",2\r\n".utf8)
        let result = try CSVParser.parse(bytes).get()
        #expect(result == [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["x\ny", "2"])])
    }

    @Test func keepsAnEmptyLastField() throws {
        #expect(try records("a,b,\n") == [CSVRecord(line: 1, fields: ["a", "b", ""])])
        #expect(try records("a,\"\"") == [CSVRecord(line: 1, fields: ["a", ""])])
    }

    @Test func rejectsBadQuoting() {
        #expect(problem("a,b\n1,x\"y\n") == ImportProblem(line: 2, CSVMessages.strayQuote))
        #expect(problem("a,b\n1,\"x\"y\n") == ImportProblem(line: 2, CSVMessages.textAfterQuote))
        #expect(problem("a,b\n1,2\n\"open,3\n4,5\n") == ImportProblem(line: 3, CSVMessages.unclosedQuote))
        #expect(problem("a,b\r1,2\n") == ImportProblem(line: 1, CSVMessages.loneCarriageReturn))
    }

    @Test func rejectsInvalidUTF8AndControlCharacters() {
        var bytes = Array("a,b\n1,".utf8)
        bytes += [0xE4, 0xB8]  // a cut-off character
        bytes += Array("\n".utf8)
        #expect(CSVParser.parse(bytes) == .failure(ImportProblem(line: 2, CSVMessages.notUTF8)))
        #expect(problem("a,b\n1,x\u{07}\n") == ImportProblem(line: 2, CSVMessages.controlCharacter(7)))
    }
}
