import Testing
import YAMLSource

@Suite struct StructureTests {
    static let matter = """
        matter:
          name: 社会保障卡申领
          modes: [全程网办, 代收代办]
          materials:
            - name: 居民身份证
              copies: 1

        """

    @Test func nestedMappingsAndSequences() throws {
        let doc = read(Self.matter)
        #expect(doc.problems.isEmpty)
        let matter = try #require(doc.root?["matter"])
        #expect(matter["name"]?.text == "社会保障卡申领")
        #expect(matter["modes"]?.sequence?.map(\.text) == ["全程网办", "代收代办"])
        let material = try #require(matter["materials"]?.sequence?.first)
        #expect(material["name"]?.text == "居民身份证")
        #expect(material["copies"]?.text == "1")
        #expect(doc.root?.mapping?.map(\.key.text) == ["matter"])
    }

    @Test func collectionRangesRunFromStartToEndEvent() throws {
        let text = Self.matter
        let root = try #require(read(text).root)
        let modes = try #require(root["matter"]?["modes"])
        #expect(modes.range == range(mark(3, 10, 47), mark(3, 22, 75)))
        #expect(slice(text, modes.range) == "[全程网办, 代收代办]")
        let first = try #require(modes.sequence?.first)
        #expect(slice(text, first.range) == "全程网办")
        // The block mapping ends where libyaml closes it: at the end of the stream.
        let bytes = Array(text.utf8)
        #expect(root.range == range(mark(1, 1, 0), mark(7, 1, bytes.count)))
    }

    @Test func flowMappingRange() throws {
        let text = "a: {b: 社, c: [1]}\n"
        let a = try #require(read(text).root?["a"])
        #expect(slice(text, a.range) == "{b: 社, c: [1]}")
        #expect(a.range.start == mark(1, 4, 3))
        #expect(a.range.end == mark(1, 18, 19))
        #expect(a["c"]?.sequence?.first?.text == "1")
    }

    @Test func emptyValuesAreEmptyPlainScalars() throws {
        let root = try #require(read("a:\nb: ~\n").root)
        let a = try #require(root["a"])
        #expect(a.scalar == Scalar("", style: .plain))
        #expect(a.scalar?.isNull == true)
        #expect(root["b"]?.scalar?.isNull == true)
    }

    @Test func scalarRoot() throws {
        let root = try #require(read("社会\n").root)
        #expect(root.text == "社会")
        #expect(root.range == range(mark(1, 1, 0), mark(1, 3, 6)))
    }
}
