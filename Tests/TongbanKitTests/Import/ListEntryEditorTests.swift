import Testing
@testable import TongbanKit

@Suite struct ListEntryEditorTests {
    private func insert(_ entries: [(String, String)], into text: String) -> Result<String, ImportProblem> {
        ListEntryEditor.insert(entries.map { ListEntryEditor.NewEntry(matter: $0.0, batch: $0.1) }, into: Array(text.utf8), file: "lists/x.yaml")
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func insertsAfterTheLastEntryOfTheBatchKeepingComments() throws {
        let text = """
            name: 跨省通办
            # 批次
            batches:
              - id: "2020"
              - id: "2021"
            entries:
              - matter: a
                batch: "2020"  # 第一项
              # 2021 批次
              - matter: b
                batch: "2021"
            sources:
              - 来源

            """
        let result = try insert([("c", "2020"), ("2021", "2020")], into: text).get()
        #expect(result == """
            name: 跨省通办
            # 批次
            batches:
              - id: "2020"
              - id: "2021"
            entries:
              - matter: a
                batch: "2020"  # 第一项
              - matter: c
                batch: "2020"
              - matter: "2021"
                batch: "2020"
              # 2021 批次
              - matter: b
                batch: "2021"
            sources:
              - 来源

            """)
    }

    @Test func appendsAfterTheLastEntryWhenTheBatchHasNone() throws {
        let text = "entries:\n- matter: a\n  batch: \"2020\"\nsources: [x]\n"
        let result = try insert([("c", "other")], into: text).get()
        #expect(result == "entries:\n- matter: a\n  batch: \"2020\"\n- matter: c\n  batch: \"other\"\nsources: [x]\n")
    }

    @Test func turnsAnEmptyFlowListIntoABlockKeepingItsComment() throws {
        let text = "name: 全省通办\nentries: []  # 暂无条目\nsources: [x]\n"
        let result = try insert([("c", "2021")], into: text).get()
        #expect(result == "name: 全省通办\nentries:  # 暂无条目\n  - matter: c\n    batch: \"2021\"\nsources: [x]\n")
        let plain = try insert([("c", "2021")], into: "entries: []\n").get()
        #expect(plain == "entries:\n  - matter: c\n    batch: \"2021\"\n")
    }

    @Test func fillsAnEmptyValueOrAMissingKey() throws {
        #expect(try insert([("c", "2021")], into: "entries:\nsources: [x]\n").get()
            == "entries:\n  - matter: c\n    batch: \"2021\"\nsources: [x]\n")
        #expect(try insert([("c", "2021")], into: "name: x\nentries:").get()
            == "name: x\nentries:\n  - matter: c\n    batch: \"2021\"\n")
        #expect(try insert([("c", "2021")], into: "name: x").get()
            == "name: x\nentries:\n  - matter: c\n    batch: \"2021\"\n")
    }

    @Test func addsFlowItemsToAFlowList() throws {
        let text = "entries: [{matter: a, batch: \"2020\"}]  # x\n"
        #expect(try insert([("c", "2020")], into: text).get()
            == "entries: [{matter: a, batch: \"2020\"}, {matter: c, batch: \"2020\"}]  # x\n")
    }

    @Test func insertsAfterABlockScalarAndAtTheEndOfAFileWithoutNewline() throws {
        #expect(try insert([("c", "2020")], into: "entries:\n  - matter: a\n    batch: \"2020\"").get()
            == "entries:\n  - matter: a\n    batch: \"2020\"\n  - matter: c\n    batch: \"2020\"\n")
        let literal = "entries:\n  - matter: a\n    batch: |\n      2020\nsources: [x]\n"
        #expect(try insert([("c", "2020\n")], into: literal).get()
            == "entries:\n  - matter: a\n    batch: |\n      2020\n  - matter: c\n    batch: \"2020\\n\"\nsources: [x]\n")
    }

    @Test func refusesWhatItCannotEditSafely() {
        #expect(throws: ImportProblem.self) { try insert([("c", "2020")], into: "entries: [a\n").get() }
        #expect(throws: ImportProblem.self) { try insert([("c", "2020")], into: "entries: text\n").get() }
        #expect(throws: ImportProblem.self) { try insert([("c", "2020")], into: "entries:\n  -\n    matter: a\n").get() }
        #expect(throws: ImportProblem.self) { try insert([("c", "2020")], into: "entries: []\r\n").get() }
    }
}
