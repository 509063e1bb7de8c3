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
        #expect(top.map(\.0) == ["tongban_export", "registry", "lists", "matters", "implementations", "regions", "catalog"])
        guard case .array(let matters)? = top.first(where: { $0.0 == "matters" })?.1,
              case .object(let first)? = matters.first else { Issue.record("no matters"); return }
        // Every schema key in order, then the derived 免提交 count.
        #expect(first.map(\.0) == ["id"] + Schemas.matter.fields.map(\.key) + ["exemption"])
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

    /// Plain steps export as text and owned steps as objects with every key; `transfer` follows
    /// `process`; a region's own file exports under `regions` with its division first.
    @Test func stepsTransferAndRegionFilesAreExported() throws {
        let manifest = "schema: 1\nname: 测试\njurisdiction: \"370000\"\n"
        let matter = "name: 合成\nstatus: 草稿\nprocess:\n  - 申请\n  - {step: 受理, by: 代收地, time: 一个工作日}\ntransfer: [邮寄]\nsources: [合成]\n"
        let region = "windows:\n  - name: 通办专窗\n    phone: 0632-6610001\nassistance:\n  name: 帮办代办窗口\nsources: [合成]\n"
        let loaded = try RegistryLoader.loadFiles(from: InMemorySource(texts: [
            "registry.yaml": manifest, "matters/a.yaml": matter, "regions/370405/region.yaml": region,
        ]))
        guard case .object(let top) = RegistryExporter.document(loaded),
              case .array(let matters)? = top.first(where: { $0.0 == "matters" })?.1, case .object(let a)? = matters.first,
              case .array(let regions)? = top.first(where: { $0.0 == "regions" })?.1, case .object(let r)? = regions.first
        else { Issue.record("no matter or region"); return }
        #expect(a.first(where: { $0.0 == "process" })?.1 == .array([
            .string("申请"),
            .object([("step", .string("受理")), ("by", .string("受理地")), ("time", .string("1个工作日")), ("applicant", .null)]),
        ]))
        #expect(a.first(where: { $0.0 == "transfer" })?.1 == .array([.string("寄递")]))
        #expect(r.map(\.0) == ["division", "halls", "windows", "assistance", "complaint_phone", "sources"])
        #expect(r.first?.1 == .string("370405"))
        #expect(r.first(where: { $0.0 == "windows" })?.1 == .array([
            .object([("name", .string("通办专窗")), ("address", .null), ("hours", .null), ("phone", .string("0632-6610001"))]),
        ]))
    }

    @Test func emptyRegistryExportsEmptyCollections() throws {
        let source = InMemorySource(texts: ["registry.yaml": "schema: 1\nname: 空\njurisdiction: \"370000\"\n"])
        let text = RegistryExporter.render(try RegistryLoader.loadFiles(from: source))
        #expect(text.contains("\"lists\": []"))
        #expect(text.contains("\"divisions\": []"))
        #expect(text.hasSuffix("}\n"))
    }
}
