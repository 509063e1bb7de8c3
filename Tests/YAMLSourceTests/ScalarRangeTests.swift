import Testing
import YAMLSource

@Suite struct ScalarRangeTests {
    @Test func asciiPlainScalars() throws {
        let text = "name: value\nkey: x"
        let root = try #require(read(text).root)
        let pair = try #require(root.mapping?.first)
        #expect(pair.key.range == range(mark(1, 1, 0), mark(1, 5, 4)))
        #expect(pair.value.range == range(mark(1, 7, 6), mark(1, 12, 11)))
        #expect(slice(text, pair.value.range) == "value")
        let x = try #require(root["key"])
        #expect(x.range == range(mark(2, 6, 17), mark(2, 7, 18)))
    }

    @Test func chinesePlainScalarCoversExactlyItsBytes() throws {
        let text = "name: 社会保障卡申领\nkey: x"
        let doc = read(text)
        #expect(doc.problems.isEmpty)
        let value = try #require(doc.root?["name"])
        #expect(value.scalar == Scalar("社会保障卡申领", style: .plain))
        #expect(value.range == range(mark(1, 7, 6), mark(1, 14, 27)))
        #expect(slice(text, value.range) == "社会保障卡申领")
        // The next line's marks stay right after a line of multibyte text.
        let x = try #require(doc.root?["key"])
        #expect(x.range == range(mark(2, 6, 33), mark(2, 7, 34)))
        #expect(slice(text, x.range) == "x")
    }

    @Test func replacingTheSpanKeepsTheRestOfTheFile() throws {
        let text = "# 注释\nname: 社会保障卡申领  # 说明\nkey: x\n"
        let value = try #require(read(text).root?["name"])
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(value.range.start.offset..<value.range.end.offset, with: Array("社保卡".utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == "# 注释\nname: 社保卡  # 说明\nkey: x\n")
    }

    @Test func doubleQuotedRangeIncludesTheQuotes() throws {
        let text = "- 社会: \"保障\"\n- x"
        let item = try #require(read(text).root?.sequence?.first)
        let pair = try #require(item.mapping?.first)
        #expect(pair.key.range == range(mark(1, 3, 2), mark(1, 5, 8)))
        #expect(pair.value.scalar == Scalar("保障", style: .doubleQuoted))
        #expect(pair.value.range == range(mark(1, 7, 10), mark(1, 11, 18)))
        #expect(slice(text, pair.value.range) == "\"保障\"")
    }

    @Test func singleQuotedRangeIncludesTheQuotes() throws {
        let text = "k: '社''会'\n"
        let value = try #require(read(text).root?["k"])
        #expect(value.scalar == Scalar("社'会", style: .singleQuoted))
        #expect(value.range == range(mark(1, 4, 3), mark(1, 10, 13)))
        #expect(slice(text, value.range) == "'社''会'")
    }

    @Test func literalBlockScalarRunsFromIndicatorToTheNextLine() throws {
        let text = "a: |\n  x\n  y\nb: 'q'\n"
        let root = try #require(read(text).root)
        let block = try #require(root["a"])
        #expect(block.scalar == Scalar("x\ny\n", style: .literal))
        #expect(block.range == range(mark(1, 4, 3), mark(4, 1, 13)))
        #expect(slice(text, block.range) == "|\n  x\n  y\n")
        let q = try #require(root["b"])
        #expect(q.range == range(mark(4, 4, 16), mark(4, 7, 19)))
    }

    @Test func foldedChineseBlockScalar() throws {
        let text = "a: >\n  社会\n  保障\nb: 1\n"
        let root = try #require(read(text).root)
        let block = try #require(root["a"])
        #expect(block.scalar == Scalar("社会 保障\n", style: .folded))
        #expect(block.range == range(mark(1, 4, 3), mark(4, 1, 23)))
        let b = try #require(root["b"])
        #expect(b.range == range(mark(4, 4, 26), mark(4, 5, 27)))
    }

    @Test func scalarInsideFlowSequenceOnALongLine() throws {
        let text = "[" + Array(repeating: "社", count: 3).joined(separator: ", ") + "]"
        let items = try #require(read(text).root?.sequence)
        #expect(items.map(\.range) == [
            range(mark(1, 2, 1), mark(1, 3, 4)),
            range(mark(1, 5, 6), mark(1, 6, 9)),
            range(mark(1, 8, 11), mark(1, 9, 14)),
        ])
    }

    @Test(arguments: [
        ("k: plain", ScalarStyle.plain),
        ("k: 'single'", .singleQuoted),
        ("k: \"double\"", .doubleQuoted),
        ("k: |\n  literal\n", .literal),
        ("k: >\n  folded\n", .folded),
    ])
    func styles(text: String, style: ScalarStyle) throws {
        let value = try #require(read(text).root?["k"])
        #expect(value.scalar?.style == style)
        #expect(value.tag == nil)
    }

    @Test func explicitTagsAreResolved() throws {
        let text = "k: !!str 0100\nc: !custom x\np: 0100\n"
        let root = try #require(read(text).root)
        let k = try #require(root["k"])
        #expect(k.tag == "tag:yaml.org,2002:str")
        #expect(k.scalar == Scalar("0100", style: .plain))
        #expect(k.range == range(mark(1, 4, 3), mark(1, 14, 13)))
        #expect(root["c"]?.tag == "!custom")
        #expect(root["p"]?.tag == nil)
        #expect(root.tag == nil)
    }

    @Test func tagOnACollection() throws {
        let root = try #require(read("k: !!seq [a]\n").root)
        #expect(root["k"]?.tag == "tag:yaml.org,2002:seq")
        #expect(root["k"]?.sequence?.count == 1)
    }
}
