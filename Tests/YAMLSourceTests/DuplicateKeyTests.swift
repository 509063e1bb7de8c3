import Testing
import YAMLSource

@Suite struct DuplicateKeyTests {
    @Test func everyRepetitionIsReportedAtTheRepeatedKey() throws {
        let text = "名称: a\nb: 1\n名称: c\n名称: d\n"
        let doc = read(text)
        #expect(doc.root?.mapping?.count == 4)
        #expect(doc.problems == [
            YAMLProblem(.duplicateKey(key: "名称", firstLine: 1), range: range(mark(3, 1, 15), mark(3, 3, 21))),
            YAMLProblem(.duplicateKey(key: "名称", firstLine: 1), range: range(mark(4, 1, 25), mark(4, 3, 31))),
        ])
    }

    @Test func quotedAndPlainKeysWithTheSameValueCollide() throws {
        let doc = read("a: 1\n\"a\": 2\n")
        #expect(doc.problems == [
            YAMLProblem(.duplicateKey(key: "a", firstLine: 1), range: range(mark(2, 1, 5), mark(2, 4, 8)))
        ])
    }

    @Test func keysAreComparedPerMapping() throws {
        let doc = read("a:\n  x: 1\nb:\n  x: 2\n  y: [{x: 1, x: 2}]\n")
        #expect(doc.problems == [
            YAMLProblem(.duplicateKey(key: "x", firstLine: 5), range: range(mark(5, 14, 33), mark(5, 15, 34)))
        ])
    }

    @Test func nonScalarKeysAreComplex() throws {
        let text = "? [a, b]\n: 1\n{c: d}: 2\n"
        let doc = read(text)
        #expect(doc.problems == [
            YAMLProblem(.complexKey, range: range(mark(1, 3, 2), mark(1, 9, 8))),
            YAMLProblem(.complexKey, range: range(mark(3, 1, 13), mark(3, 7, 19))),
        ])
    }

    @Test(arguments: [3, 16, 17, 40])
    func largeMappingsFindDuplicatesToo(size: Int) throws {
        // Small mappings search their keys in a list and larger ones in a table: both must report alike.
        let keys = (1...size).map { "k\($0)" }
        let text = keys.map { "\($0): 1\n" }.joined() + "k1: 2\nk\(size): 3\n"
        let doc = read(text)
        #expect(doc.problems.map(\.kind) == [
            .duplicateKey(key: "k1", firstLine: 1),
            .duplicateKey(key: "k\(size)", firstLine: size),
        ])
    }

    /// Mappings of every size around the switch from list to table, with keys drawn from a small
    /// set (so many repeat) and now and then a complex key: every repetition is reported with the
    /// line of the key's first occurrence.
    @Test func generatedMappingsReportEveryRepetition() throws {
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for size in 1...40 {
            let lines = (0..<size).map { _ in next(10) == 0 ? "? [x]\n: 1\n" : "k\(next(size / 2 + 1)): 1\n" }
            let doc = read(lines.joined())
            let pairs = try #require(doc.root?.mapping)
            var firstLines: [String: Int] = [:]
            var expected: [YAMLProblem.Kind] = []
            for pair in pairs {
                guard let key = pair.key.text else {
                    expected.append(.complexKey)
                    continue
                }
                if let first = firstLines[key] {
                    expected.append(.duplicateKey(key: key, firstLine: first))
                } else {
                    firstLines[key] = pair.key.range.start.line
                }
            }
            #expect(doc.problems.map(\.kind) == expected, "\(lines.joined())")
        }
    }
}
