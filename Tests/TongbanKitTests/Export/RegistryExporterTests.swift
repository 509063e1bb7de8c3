import Foundation
import Testing
@testable import TongbanKit

@Suite struct RegistryExporterTests {
    static func export(_ folder: URL) throws -> String {
        RegistryExporter.render(try RegistryLoader.loadFiles(from: DirectorySource(root: folder.path)))
    }

    @Test func messyRegistryExportsTheGoldenJSON() throws {
        try Resources.expectGolden(try Self.export(MessyFixtureTests.messy), "messy-export.json")
    }

    @Test func exportIsTheSameBytesEveryRunAndAfterFormatting() throws {
        let first = try Self.export(MessyFixtureTests.messy)
        #expect(try Self.export(MessyFixtureTests.messy) == first)
        let scratch = try ScratchFolder(copying: MessyFixtureTests.messy)
        try formatRegistry(at: scratch.url)
        #expect(try Self.export(scratch.url) == first)
    }

    @Test func everySchemaKeyIsPresentInSchemaOrder() throws {
        let document = RegistryExporter.document(try RegistryLoader.loadFiles(from: DirectorySource(root: MessyFixtureTests.messy.path)))
        guard case .object(let top) = document else { Issue.record("not an object"); return }
        #expect(top.map(\.0) == ["tongban_export", "registry", "lists", "matters", "implementations", "catalog"])
        guard case .array(let matters)? = top.first(where: { $0.0 == "matters" })?.1,
              case .object(let first)? = matters.first else { Issue.record("no matters"); return }
        #expect(first.map(\.0) == ["id"] + Schemas.matter.fields.map(\.key))
        let ids = matters.compactMap { item -> String? in
            guard case .object(let pairs) = item, case .string(let id)? = pairs.first?.1 else { return nil }
            return id
        }
        #expect(ids == ids.sorted())
    }

    /// A list's `notes` (where sources disagree) are part of the schema: accepted, exported in
    /// file order after `entries`, `[]` when absent, and a mapping in their place is refused.
    @Test func listNotesAreDecodedAndExported() throws {
        let manifest = "schema: 1\nname: 测试\njurisdiction: \"370000\"\n"
        let noted = "name: 跨省通办\nscope: 全国\nbasis: [国办发〔2020〕35号]\nentries: []\nnotes:\n  - 乙说72项，https://b.example\n  - 甲说74项，https://a.example\nsources: [国办发〔2020〕35号]\n"
        let plain = "name: 全省通办\nscope: 全省\nbasis: [鲁政办发〔2021〕4号]\nentries: []\n"
        let loaded = try RegistryLoader.loadFiles(from: InMemorySource(texts: [
            "registry.yaml": manifest, "lists/a.yaml": noted, "lists/b.yaml": plain,
        ]))
        #expect(loaded.files.flatMap(\.diagnostics).isEmpty)
        guard case .object(let top) = RegistryExporter.document(loaded),
              case .array(let lists)? = top.first(where: { $0.0 == "lists" })?.1,
              case .object(let a)? = lists.first, case .object(let b)? = lists.last else { Issue.record("no lists"); return }
        #expect(a.map(\.0) == ["id", "name", "scope", "regions", "basis", "batches", "entries", "notes", "sources"])
        #expect(a.first(where: { $0.0 == "notes" })?.1 == .array([.string("乙说72项，https://b.example"), .string("甲说74项，https://a.example")]))
        #expect(b.first(where: { $0.0 == "notes" })?.1 == .array([]))

        let wrong = try RegistryLoader.loadFiles(from: InMemorySource(texts: [
            "registry.yaml": manifest, "lists/a.yaml": plain + "notes:\n  count: 72\n",
        ]))
        #expect(wrong.files.flatMap(\.diagnostics).map(\.rule) == [.invalidType])
    }

    @Test func emptyRegistryExportsEmptyCollections() throws {
        let source = InMemorySource(texts: ["registry.yaml": "schema: 1\nname: 空\njurisdiction: \"370000\"\n"])
        let text = RegistryExporter.render(try RegistryLoader.loadFiles(from: source))
        #expect(text.contains("\"lists\": []"))
        #expect(text.contains("\"divisions\": []"))
        #expect(text.hasSuffix("}\n"))
    }
}
