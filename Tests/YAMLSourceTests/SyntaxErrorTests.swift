import Testing
import YAMLSource

@Suite struct SyntaxErrorTests {
    @Test func unclosedFlowSequence() {
        let doc = read("a: [1, 2")
        #expect(doc.root == nil)
        // libyaml puts the problem at the end of the stream, which it counts as a new line.
        #expect(doc.problems == [
            YAMLProblem(
                .syntax(problem: "did not find expected ',' or ']'", context: "while parsing a flow sequence"),
                range: SourceRange(at: mark(2, 1, 8)))
        ])
    }

    @Test func unterminatedQuotedScalar() {
        let doc = read("key: \"unterminated")
        #expect(doc.root == nil)
        // An unclosed quote is a slip, named at the opening quote with libyaml's words as detail.
        #expect(doc.problems == [
            YAMLProblem(
                .slip(.unclosedQuote(quote: "\""), detail: "while scanning a quoted scalar found unexpected end of stream"),
                range: range(mark(1, 6, 5), mark(1, 7, 6)))
        ])
    }

    @Test func mappingValueInPlainScalarAfterChineseText() {
        let doc = read("名称: 社保\n事项: 申领: 补领\n")
        #expect(doc.root == nil)
        #expect(doc.problems == [
            YAMLProblem(
                .syntax(problem: "mapping values are not allowed in this context", context: nil),
                range: SourceRange(at: mark(2, 7, 29)))
        ])
    }

    @Test func earlierProblemsAreKept() {
        let doc = read("\u{FEFF}x: &a 1\r\nx: 2\r\ny: [\r\n")
        #expect(doc.root == nil)
        #expect(doc.problems.map(\.kind) == [
            .byteOrderMark, .anchor(name: "a"), .carriageReturn,
            .duplicateKey(key: "x", firstLine: 1),
            .syntax(problem: "did not find expected node content", context: "while parsing a flow node"),
        ])
    }
}
