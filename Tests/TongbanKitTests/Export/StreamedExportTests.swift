import Foundation
import Testing
@testable import TongbanKit

/// `tongban export` streams the document as it reads the registry (`RegistryExporter.stream`):
/// the bytes must be those of the whole document rendered at once, and the registry it returns
/// must give lint's findings.
@Suite struct StreamedExportTests {
    static let fixtures = ["messy", "checklist-registry", "supervision", "exemption", "old-forms", "all-errors"]

    static let manifest = "schema: 1\nname: 测试\njurisdiction: \"370000\"\n"
    static let list = "name: 跨省通办\nscope: 全国\nbasis: [国办发〔2020〕35号]\nentries: []\nsources: [国办发〔2020〕35号]\n"
    static let region = "windows:\n  - name: 通办专窗\n    phone: 0632-6610001\nsources: [合成]\n"
    static let divisions = "- code: \"370405\"\n  name: 台儿庄区\n"

    /// Registries where sections are missing, so the frame must write them empty: no manifest,
    /// only catalogues, only region files, nothing at all.
    static let partial: [[String: String]] = [
        [:],
        ["registry.yaml": manifest],
        ["lists/a.yaml": list],
        ["catalog/divisions.yaml": divisions],
        ["registry.yaml": manifest, "regions/370405/region.yaml": region],
        ["registry.yaml": manifest, "lists/b.yaml": list, "lists/a.yaml": list, "catalog/divisions.yaml": divisions],
    ]

    static func streamed(_ source: any RegistrySource, batch: Int) throws -> (text: String, registry: Registry, pieces: Int) {
        var bytes: [UInt8] = []
        var pieces = 0
        let registry = try RegistryExporter.stream(from: source, batch: batch) { piece in
            bytes += piece
            pieces += 1
        }
        return (String(decoding: bytes, as: UTF8.self), registry, pieces)
    }

    @Test(arguments: [1, 3, 4096])
    func theFixturesStreamTheDocumentsBytes(batch: Int) throws {
        for name in Self.fixtures {
            let source = DirectorySource(root: Resources.fixture(name).path)
            let (text, registry, _) = try Self.streamed(source, batch: batch)
            #expect(text == RegistryExporter.render(try RegistryLoader.loadFiles(from: source)), "\(name)")
            #expect(Linter.check(registry).diagnostics == Linter.check(try RegistryLoader.load(from: source)).diagnostics, "\(name)")
        }
    }

    @Test(arguments: [1, 4096])
    func missingSectionsAreWrittenEmpty(batch: Int) throws {
        for texts in Self.partial {
            let source = InMemorySource(texts: texts)
            let text = try Self.streamed(source, batch: batch).text
            #expect(text == RegistryExporter.render(try RegistryLoader.loadFiles(from: source)), "\(texts.keys.sorted())")
            #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
        }
    }

    /// A document of several megabytes reaches the writer in pieces of about a megabyte, not at once.
    @Test func aLargeExportIsWrittenInPieces() throws {
        var texts = ["registry.yaml": Self.manifest]
        let address = String(repeating: "合成路", count: 300)
        for n in 0..<3000 {
            texts["regions/37\(String(format: "%04d", n))/region.yaml"] = "windows:\n  - name: 通办专窗\n    address: \(address)\(n)号\nsources: [合成]\n"
        }
        let source = InMemorySource(texts: texts)
        let (text, _, pieces) = try Self.streamed(source, batch: 512)
        #expect(text.utf8.count > 3 * ExportWriter.chunk)
        #expect(pieces >= 3 && pieces <= text.utf8.count / ExportWriter.chunk + 1)
        #expect(text == RegistryExporter.render(try RegistryLoader.loadFiles(from: source)))
    }
}
