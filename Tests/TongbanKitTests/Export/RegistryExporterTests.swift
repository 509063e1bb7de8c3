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

    @Test func emptyRegistryExportsEmptyCollections() throws {
        let source = InMemorySource(texts: ["registry.yaml": "schema: 1\nname: 空\njurisdiction: \"370000\"\n"])
        let text = RegistryExporter.render(try RegistryLoader.loadFiles(from: source))
        #expect(text.contains("\"lists\": []"))
        #expect(text.contains("\"divisions\": []"))
        #expect(text.hasSuffix("}\n"))
    }
}
