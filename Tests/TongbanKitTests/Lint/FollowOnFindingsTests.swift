import Testing
@testable import TongbanKit

/// Root causes first, and the smaller slips of a first hour: one finding where there is one problem.
@Suite struct FollowOnFindingsTests {
    static let manifest = "schema: 1\nname: 示例\njurisdiction: \"370405\"\n"
    static let divisions = "- code: \"370405\"\n  name: 台儿庄区\n"

    static func lint(_ files: [String: String]) throws -> [String] {
        var texts = files
        texts["registry.yaml"] = manifest
        texts["catalog/divisions.yaml"] = divisions
        let registry = try Linter.lint(InMemorySource(texts: texts))
        return registry.diagnostics.filter { ![.unlistedMatter, .missingAssistance, .missingTongbanWindow].contains($0.rule) }
            .map { "\($0.file):\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
    }

    static func matter(_ name: String) -> String { "name: \(name)\nstatus: 草稿\nsources: [合成]\n" }

    @Test func anUnquotedBatchIdIsTheOnlyFinding() throws {
        let list = """
            name: 跨省通办
            scope: 全国
            basis: [合成]
            batches:
              - id: 2021
            entries:
              - matter: a
                batch: "2021"
              - matter: b
                batch: "2021"
              - matter: c
                batch: "2021"

            """
        let found = try Self.lint(["lists/kuasheng.yaml": list, "matters/a.yaml": Self.matter("甲"), "matters/b.yaml": Self.matter("乙"), "matters/c.yaml": Self.matter("丙")])
        #expect(found == ["lists/kuasheng.yaml:5:9 ambiguous-scalar"])
    }

    @Test func anUnquotedMatterIdIsNotAlsoAnUnknownReference() throws {
        let list = "name: 跨省通办\nscope: 全国\nbasis: [合成]\nentries:\n  - matter: 2021\n"
        #expect(try Self.lint(["lists/kuasheng.yaml": list]) == ["lists/kuasheng.yaml:5:13 ambiguous-scalar"])
    }

    @Test func aQuotedMatterIdThatIsMissingIsStillUnknown() throws {
        let list = "name: 跨省通办\nscope: 全国\nbasis: [合成]\nentries:\n  - matter: \"2021\"\n"
        #expect(try Self.lint(["lists/kuasheng.yaml": list]) == ["lists/kuasheng.yaml:5:13 unknown-reference"])
    }

    @Test func twoMattersOfOneNameAreFlaggedOnce() throws {
        let found = try Self.lint(["matters/a.yaml": Self.matter("示例事项"), "matters/b.yaml": Self.matter("示例事项"), "matters/c.yaml": Self.matter("示例事项")])
        #expect(found == ["matters/b.yaml:1:7 duplicate-entry", "matters/c.yaml:1:7 duplicate-entry"])
    }

    @Test func namesEqualOnlyWithoutInvisibleCharactersAreConfusableTextAlone() throws {
        let found = try Self.lint(["matters/a.yaml": Self.matter("示例事项"), "matters/b.yaml": Self.matter("\"示例\\u200B事项\"")])
        #expect(found == ["matters/b.yaml:1:7 confusable-text", "matters/b.yaml:1:7 confusable-text"])
    }

    @Test func aYMLFilesFindingsNameTheYMLFile() throws {
        let found = try Self.lint(["matters/a.yml": Self.matter("示例事项")])
        #expect(found == ["matters/a.yml:1:1 file-name"])
        var texts = ["matters/a.yml": Self.matter("示例事项"), "registry.yaml": Self.manifest]
        texts["catalog/divisions.yaml"] = Self.divisions
        let all = try Linter.lint(InMemorySource(texts: texts)).diagnostics.map { "\($0.file) \($0.rule.rawValue)" }
        #expect(all == ["matters/a.yml file-name", "matters/a.yml unlisted-matter"])
    }

    @Test func fourHundredNumbersAndExtensionsAreValidPhones() throws {
        let region = "agency: 某局\nphone: 400-123-4567\ncomplaint_phone: 0632-6616276转8001\nsources: [合成]\n"
        #expect(try Self.lint(["matters/a.yaml": Self.matter("示例事项"), "regions/370405/a.yaml": region]) == [])
        let written = "agency: 某局\nphone: \"4001234567\"\ncomplaint_phone: 0632-6616276 分机 8001\nsources: [合成]\n"
        #expect(try Self.lint(["matters/a.yaml": Self.matter("示例事项"), "regions/370405/a.yaml": written])
            == ["regions/370405/a.yaml:2:8 non-canonical", "regions/370405/a.yaml:3:18 non-canonical"])
    }

    @Test(arguments: [
        ("name: no\n", "name: \"no\"\n"),
        ("name: ｎｏ\n", "name: \"no\"\n"),
        ("name: yes  # 注释\n", "name: \"yes\"  # 注释\n"),
        ("catalog_code: 0100\n", "catalog_code: \"0100\"\n"),
    ])
    func fmtQuotesPlainScalarsYAML11Misreads(_ line: String, _ formatted: String) throws {
        let file = try #require(RegistryFile(at: "matters/a.yaml"))
        let text = line + "status: 草稿\nsources: [合成]\n"
        guard case .formatted(let output) = FileFormatter.format(Array(text.utf8), as: file) else {
            Issue.record("not formatted")
            return
        }
        #expect(String(decoding: output, as: UTF8.self) == formatted + "status: 草稿\nsources: [合成]\n")
        #expect(FileFormatter.format(output, as: file) == .unchanged)
    }
}
