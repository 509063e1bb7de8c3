import Testing
import YAMLSource

@Suite struct AliasAnchorTests {
    @Test func anchorsAndAliasesAreReportedNotExpanded() throws {
        let text = "a: &x\n  b: 1\nc: *x\nd: &s 社\n"
        let doc = read(text)
        let root = try #require(doc.root)
        let a = try #require(root["a"])
        #expect(a.anchor == "x")
        #expect(a.range == range(mark(1, 4, 3), mark(3, 1, 13)))
        let c = try #require(root["c"])
        #expect(c.content == .alias("x"))
        #expect(c.range == range(mark(3, 4, 16), mark(3, 6, 18)))
        let d = try #require(root["d"])
        #expect(d.anchor == "s")
        #expect(d.text == "社")
        #expect(doc.problems == [
            YAMLProblem(.anchor(name: "x"), range: a.range),
            YAMLProblem(.alias(name: "x"), range: c.range),
            YAMLProblem(.anchor(name: "s"), range: d.range),
        ])
    }

    @Test func billionLaughsStaysSmall() throws {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("l\(level): &l\(level) [\(aliases)]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        var doc: YAMLDocument?
        let elapsed = clock.measure { doc = read(text) }
        let result = try #require(doc)
        let root = try #require(result.root)
        #expect(elapsed < .seconds(1))
        // 10 keys + 10 sequences + 9 scalars + 81 aliases.
        #expect(nodeCount(root) == 1 + 10 + 10 + 9 + 81)
        #expect(result.problems.filter { if case .anchor = $0.kind { true } else { false } }.count == 10)
        #expect(result.problems.filter { if case .alias = $0.kind { true } else { false } }.count == 81)
        #expect(root["l9"]?.sequence?.first?.content == .alias("l8"))
    }

    @Test func aliasAsKeyIsAComplexKey() throws {
        let doc = read("a: &k x\n*k : y\n")
        #expect(doc.problems.map(\.kind) == [.anchor(name: "k"), .alias(name: "k"), .complexKey])
        #expect(doc.problems[2].range == range(mark(2, 1, 8), mark(2, 3, 10)))
    }
}
