import Foundation
import Testing
import TongbanKit

/// README and CONTRIBUTING make promises about the code; these tests keep them true.
@Suite struct DocumentationTests {
    static func read(_ name: String) throws -> String {
        try String(contentsOf: CLI.packageRoot.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func contributingListsExactlyTheFieldsADraftMayOmit() throws {
        let text = try Self.read("CONTRIBUTING.md")
        let row = try #require(text.split(separator: "\n").first { $0.contains("**可省略**") })
        let documented = row.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            .filter { $0 != "missing-field" }
        let relaxed = Schemas.matter.fields.filter { $0.requirement == .requiredUnlessDraft }.map(\.key)
        #expect(documented == relaxed)
        let alwaysRow = try #require(text.split(separator: "\n").first { $0.contains("`missing-field`：`name`") })
        let always = Schemas.matter.fields.filter { $0.requirement == .required }.map(\.key)
        for key in always { #expect(alwaysRow.contains("`\(key)`")) }
    }

    /// Docs point only at files in the repository: the design notes the project was started from
    /// are not part of it.
    @Test func docsCiteNoFileOutsideTheRepository() throws {
        let docs = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        for name in ["README.md", "CONTRIBUTING.md", "Benchmarks/README.md", "seeds/README.md"] + docs {
            let text = try Self.read(name)
            for outside in ["DESIGN §", "DESIGN.md", "STYLE.md", "reference/domain.md", "reference/sources.md", "../shared"] {
                #expect(!text.contains(outside), "\(name) cites \(outside)")
            }
        }
    }

    @Test func aLicenceIsShipped() throws {
        #expect(try Self.read("LICENSE").contains("Apache License"))
        #expect(try Self.read("README.md").contains("[LICENSE](LICENSE)"))
    }

    @Test func readmeDocumentsEveryRule() throws {
        let text = try Self.read("README.md")
        for id in RuleID.allCases {
            #expect(text.contains("| `\(id.rawValue)` | \(id.severity.rawValue) |"), "\(id.rawValue)")
        }
    }

    @Test func helpListsTheCommandsTheReadmeNames() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        let readme = try Self.read("README.md")
        let table = readme.split(separator: "\n").filter { $0.hasPrefix("| `tongban ") }
        #expect(!table.isEmpty)
        for row in table {
            let name = row.dropFirst("| `tongban ".count).prefix { $0 != " " && $0 != "`" }
            #expect(help.stdout.contains("  \(name)"), "\(name)")
        }
    }
}
