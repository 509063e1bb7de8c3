import Testing
import YAMLSource

@Suite struct DocumentTests {
    @Test(arguments: ["", "# 只有注释\n# another\n", "   \n\n", "# no newline"])
    func emptyOrCommentOnlyHasNoRootAndNoProblems(text: String) {
        let doc = read(text)
        #expect(doc.root == nil)
        #expect(doc.problems.isEmpty)
    }

    @Test func explicitEmptyDocumentIsAnEmptyScalarRoot() throws {
        let doc = read("---\n")
        #expect(doc.problems.isEmpty)
        let root = try #require(doc.root)
        #expect(root.scalar == Scalar("", style: .plain))
        #expect(root.range == range(mark(2, 1, 4), mark(2, 1, 4)))
    }

    @Test func secondDocumentIsReportedAndIgnored() throws {
        let doc = read("a: 1\n---\nb: 2\n")
        #expect(doc.problems == [YAMLProblem(.multipleDocuments, range: range(mark(2, 1, 5), mark(2, 4, 8)))])
        let root = try #require(doc.root)
        #expect(root.mapping?.map(\.key.text) == ["a"])
    }

    @Test func secondDocumentAfterEndMarker() throws {
        let doc = read("--- a\n...\n--- b\n")
        #expect(doc.root?.text == "a")
        #expect(doc.problems.map(\.kind) == [.multipleDocuments])
        #expect(doc.problems.first?.range.start == mark(3, 1, 10))
    }

    @Test func documentEndMarkerAloneIsOneDocument() {
        let doc = read("a\n...\n")
        #expect(doc.root?.text == "a")
        #expect(doc.problems.isEmpty)
    }

    @Test func problemsAreSortedByPosition() {
        let doc = read("b: *x\na: &x 1\na: 2\n")
        #expect(doc.problems.map(\.range.start.line) == [1, 2, 3])
        #expect(doc.problems.map(\.kind) == [
            .alias(name: "x"), .anchor(name: "x"), .duplicateKey(key: "a", firstLine: 2),
        ])
    }

    @Test func longSingleLineIsReadQuickly() throws {
        let count = 200_000
        let text = "[" + Array(repeating: "社", count: count).joined(separator: ",") + "]"
        let clock = ContinuousClock()
        var doc: YAMLDocument?
        let elapsed = clock.measure { doc = read(text) }
        let items = try #require(doc?.root?.sequence)
        #expect(items.count == count)
        #expect(elapsed < .seconds(10))
        let last = try #require(items.last)
        #expect(last.range == range(mark(1, 2 * count, 4 * count - 3), mark(1, 2 * count + 1, 4 * count)))
    }
}
