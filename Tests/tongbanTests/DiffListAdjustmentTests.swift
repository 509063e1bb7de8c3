import Foundation
import Testing

/// Changes to a list itself — a moved deadline, a new batch, a new basis — are part of the
/// dynamic adjustment too, and `--exit-code` sees them.
@Suite struct DiffListAdjustmentTests {
    static func list(basis: String, batches: String) -> String {
        "name: 跨省通办\nscope: 全国\nbasis: [\(basis)]\nbatches:\n\(batches)entries:\n  - matter: shebaoka\n    batch: \"2020\"\n"
    }

    static func folders() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        let matter = DiffCommandTests.matter("社会保障卡申领")
        let oldBatches = "  - id: \"2020\"\n    due: 2020-12-31\n  - id: \"other\"\n"
        let newBatches = "  - id: \"2020\"\n    due: 2021-03-31\n  - id: \"2022\"\n    due: 2022-12-31\n"
        try folder.write([
            "old/registry.yaml": DiffCommandTests.manifest,
            "old/lists/kuasheng.yaml": list(basis: "国办发〔2020〕35号", batches: oldBatches),
            "old/matters/shebaoka.yaml": matter,
            "new/registry.yaml": DiffCommandTests.manifest,
            "new/lists/kuasheng.yaml": list(basis: "国办发〔2022〕34号", batches: newBatches),
            "new/matters/shebaoka.yaml": matter,
        ])
        return folder
    }

    @Test func json() throws {
        let folder = try Self.folders()
        let result = try CLI.run(["diff", "old", "new", "--format", "json", "--exit-code"], in: folder.url)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let list = try #require((object["lists"] as? [[String: Any]])?.first)
        let changes = try #require(list["list_changes"] as? [String: Any])
        let compact = String(decoding: try JSONSerialization.data(withJSONObject: changes, options: [.sortedKeys]), as: UTF8.self)
        #expect(compact == #"{"batches":{"added":[{"due":"2022-12-31","id":"2022","name":null}],"changed":[{"batch":"2020","new":{"due":"2021-03-31","id":"2020","name":null},"old":{"due":"2020-12-31","id":"2020","name":null}}],"removed":[{"due":null,"id":"other","name":null}]},"fields":["basis"]}"#)
        #expect((list["added"] as? [Any])?.isEmpty == true)
    }

    @Test func textAndMarkdown() throws {
        let folder = try Self.folders()
        let text = try CLI.run(["diff", "old", "new", "--lang", "zh"], in: folder.url)
        #expect(text.status == 0)
        #expect(text.stdout.contains("""
            跨省通办：新增 0 项，取消 0 项，调整 0 项
              * 清单设立依据已修改
              * 新增批次 2022（期限 2022-12-31）
              * 取消批次 other
              * 批次 2020：期限 2020-12-31 → 2021-03-31

            """))
        let markdown = try CLI.run(["diff", "old", "new", "--format", "markdown", "--lang", "en"], in: folder.url)
        #expect(markdown.stdout.contains("- list basis changed\n- batch added: 2022 (due 2022-12-31)\n- batch removed: other\n- batch 2020: due 2020-12-31 → 2021-03-31\n"))
        #expect(!markdown.stdout.contains("| --- |"))
    }

    @Test func unchangedListHasNoListChanges() throws {
        let folder = try Self.folders()
        let result = try CLI.run(["diff", "old", "old", "--format", "json", "--exit-code"], in: folder.url)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("list_changes"))
    }
}
