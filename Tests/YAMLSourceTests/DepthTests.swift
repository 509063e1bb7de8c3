import Testing
import YAMLSource

@Suite struct DepthTests {
    @Test func thousandDeepFlowSequenceIsTooDeep() {
        let text = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        let doc = read(text)
        #expect(doc.root == nil)
        #expect(doc.problems == [
            YAMLProblem(.tooDeep(limit: 64), range: range(mark(1, 65, 64), mark(1, 66, 65)))
        ])
    }

    @Test func thousandDeepBlockMappingIsTooDeep() throws {
        var text = ""
        for level in 0..<1000 {
            text += String(repeating: " ", count: level) + "a:\n"
        }
        text += String(repeating: " ", count: 1000) + "x\n"
        let doc = read(text)
        #expect(doc.root == nil)
        let problem = try #require(doc.problems.first)
        #expect(doc.problems.count == 1)
        #expect(problem.kind == .tooDeep(limit: YAMLReader.maxDepth))
        // The 65th mapping starts at its first key: line 65, after 64 spaces.
        let offset = (0..<64).reduce(0) { $0 + $1 + 3 } + 64
        #expect(problem.range.start == mark(65, 65, offset))
    }

    @Test func thousandDeepBlockSequenceIsTooDeep() {
        let text = String(repeating: "- ", count: 1000) + "x\n"
        let doc = read(text)
        #expect(doc.root == nil)
        #expect(doc.problems.map(\.kind) == [.tooDeep(limit: 64)])
        #expect(doc.problems.first?.range.start == mark(1, 129, 128))
    }

    @Test func exactlyTheLimitIsRead() throws {
        let text = String(repeating: "[", count: 64) + "社" + String(repeating: "]", count: 64)
        let doc = read(text)
        #expect(doc.problems.isEmpty)
        var node = try #require(doc.root)
        var depth = 0
        while let first = node.sequence?.first {
            depth += 1
            node = first
        }
        #expect(depth == 64)
        #expect(node.text == "社")
        #expect(node.range == range(mark(1, 65, 64), mark(1, 66, 67)))
    }

    @Test func problemsBeforeTheLimitAreKept() {
        let text = "a: &x 1\na: 2\nb: " + String(repeating: "[", count: 100)
        let doc = read(text)
        #expect(doc.root == nil)
        #expect(doc.problems.map(\.kind) == [
            .anchor(name: "x"), .duplicateKey(key: "a", firstLine: 1), .tooDeep(limit: 64),
        ])
    }
}
