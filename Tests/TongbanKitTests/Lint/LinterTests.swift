import Testing
@testable import TongbanKit

/// The loader only loads; the linter adds the cross-file rules' findings.
@Suite struct LinterTests {
    static let files = [
        "registry.yaml": "schema: 1\nname: 示例\njurisdiction: \"370000\"\n",
        "matters/a.yaml": "name: 示例\nstatus: 草稿\nsources: [x]\nnaem: 示例\n",
    ]

    @Test func theLoaderRunsNoCrossFileRule() throws {
        let registry = try RegistryLoader.load(from: InMemorySource(texts: Self.files))
        #expect(registry.diagnostics.map { "\($0.file) \($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" } == ["matters/a.yaml 4:1 unknown-key"])
    }

    @Test func theLinterAddsTheCrossFileFindingsInOrder() throws {
        let registry = try Linter.lint(InMemorySource(texts: Self.files))
        #expect(registry.diagnostics.map { "\($0.file) \($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
            == ["matters/a.yaml 1:1 unlisted-matter", "matters/a.yaml 4:1 unknown-key"])
    }

    @Test func aNewerSchemaStopsTheRulesToo() throws {
        let files = ["registry.yaml": "schema: 99\nname: 示例\njurisdiction: \"370000\"\n", "matters/Bad_Name.yaml": "name: 示例\n"]
        let registry = try Linter.lint(InMemorySource(texts: files))
        #expect(registry.diagnostics.map(\.rule) == [.schemaVersion])
    }
}
