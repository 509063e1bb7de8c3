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

/// CONTRIBUTING's examples and its key ↔ 中文 table.
@Suite struct ContributingExamplesTests {
    static let begin = "<!-- field-names:begin -->\n"
    static let end = "<!-- field-names:end -->"

    /// The YAML code blocks that follow `heading`, up to the next heading.
    static func yamlBlocks(after heading: String) throws -> [String] {
        let text = try DocumentationTests.read("CONTRIBUTING.md")
        let start = try #require(text.range(of: heading))
        var section = text[start.upperBound...]
        if let next = section.range(of: "\n### ") { section = section[..<next.lowerBound] }
        return section.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    static func errors(_ yaml: String, as path: String) throws -> [String] {
        let file = try #require(RegistryFile(at: path))
        return FileDecoder.decode(Array(yaml.utf8), as: file).diagnostics
            .map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue) \($0.message.en)" }
    }

    @Test func theCompleteMatterInUseHasNoFinding() throws {
        let blocks = try Self.yamlBlocks(after: "### 一个完整的在用事项")
        #expect(blocks.count == 2)
        let matter = try #require(blocks.first)
        #expect(matter.contains("status: 在用"))
        #expect(try Self.errors(matter, as: "matters/shili-shebaoka.yaml") == [])
        let licences = try #require(blocks.last)
        #expect(try Self.errors(licences, as: "catalog/licenses.yaml") == [])
    }

    @Test func theRegionExampleHasNoFinding() throws {
        let region = try #require(try Self.yamlBlocks(after: "### 写一个地区的实施清单").first)
        #expect(try Self.errors(region, as: "regions/370405/shili-shebaoka.yaml") == [])
    }

    @Test func theKeyTableIsTheSchemas() throws {
        let url = CLI.packageRoot.appendingPathComponent("CONTRIBUTING.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin))
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let generated = FieldNameTable.markdown()
        if ProcessInfo.processInfo.environment["TONGBAN_UPDATE_GOLDEN"] == "1" {
            try Data(text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated).utf8).write(to: url)
            return
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == generated, "run TONGBAN_UPDATE_GOLDEN=1 swift test and review CONTRIBUTING.md")
        for (name, key) in [("事项名称", "name"), ("申请材料", "materials"), ("承诺办结时限", "time_limit.promised")] {
            #expect(generated.contains("| `\(key)` | \(name) |"), "\(name)")
        }
    }
}
