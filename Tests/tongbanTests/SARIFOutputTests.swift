import Foundation
import Testing

/// SARIF for code scanning: valid against the official 2.1.0 schema (vendored), paths relative to
/// the repository root and percent-encoded, fingerprints that survive lines moving.
@Suite struct SARIFOutputTests {
    static let matter = "name: 合成测试事项\nstatus: 草稿\nnmae: 拼错的键\nsources: [合成来源]\n"

    /// A repository whose registry sits in `标准 库/`, linted from a folder beside it.
    static func repository() throws -> TemporaryDirectory {
        let repo = try TemporaryDirectory()
        try repo.git("init", "-q")
        try repo.write([
            "标准 库/registry.yaml": HostileInputTests.manifest,
            "标准 库/matters/x,y.yaml": matter,
            "tools/.keep": "",
        ])
        return repo
    }

    static func results(_ sarif: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(object["runs"] as? [[String: Any]])
        return try #require(runs.first?["results"] as? [[String: Any]])
    }

    static func uris(_ results: [[String: Any]]) -> [String] {
        results.compactMap { result in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let artifact = location?["artifactLocation"] as? [String: Any]
            return (artifact?["uri"] as? String).map { "\(artifact?["uriBaseId"] ?? "")|\($0)" }
        }
    }

    @Test func pathsAreRelativeToTheRepositoryRootAndEncoded() throws {
        let repo = try Self.repository()
        let result = try CLI.run(["lint", "../标准 库", "--format", "sarif"], in: repo.url.appendingPathComponent("tools"))
        #expect(result.status == 1)
        let uris = Self.uris(try Self.results(result.stdout))
        #expect(Set(uris) == ["%SRCROOT%|%E6%A0%87%E5%87%86%20%E5%BA%93/matters/x%2Cy.yaml"], "\(uris)")
        #expect(!result.stdout.contains("../"))
        let github = try CLI.run(["lint", "../标准 库", "--format", "github"], in: repo.url.appendingPathComponent("tools"))
        #expect(github.stdout.contains("::error file=标准 库/matters/x%2Cy.yaml,line=3,col=1,"), "\(github.stdout)")
    }

    @Test func fingerprintsSurviveLinesMoving() throws {
        let repo = try Self.repository()
        func fingerprints() throws -> [String] {
            let result = try CLI.run(["lint", "标准 库", "--format", "sarif"], in: repo.url)
            return try Self.results(result.stdout).compactMap { ($0["partialFingerprints"] as? [String: String])?["tongbanFinding/v1"] }
        }
        let before = try fingerprints()
        #expect(before.count == 3)
        #expect(Set(before).count == before.count)
        try repo.write(["标准 库/matters/x,y.yaml": "# 新增的注释行\n\n" + Self.matter])
        #expect(try fingerprints() == before)
    }

    @Test(.enabled(if: Python.has("jsonschema") || Python.required, "needs jsonschema"))
    func validAgainstTheOfficialSchema() throws {
        let repo = try Self.repository()
        for (registry, folder) in [("标准 库", repo.url), ("Tests/TongbanKitTests/Fixtures/all-errors", CLI.packageRoot)] {
            let result = try CLI.run(["lint", registry, "--format", "sarif"], in: folder)
            let script = """
                import json, sys, jsonschema
                schema = json.load(open("Tests/vendor/sarif-schema-2.1.0.json", encoding="utf-8"))
                errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(json.loads(sys.stdin.read()))]
                print(json.dumps(errors[:5]))
                """
            #expect(try Python.run(["-c", script], input: result.stdout) == "[]\n", "\(registry)")
        }
        let rules = try #require(((try JSONSerialization.jsonObject(with: Data(try CLI.run(["lint", "标准 库", "--format", "sarif"], in: repo.url).stdout.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])
        let driver = try #require(rules["driver"] as? [String: Any])
        let first = try #require((driver["rules"] as? [[String: Any]])?.first)
        let help = try #require(first["help"] as? [String: String])
        #expect(help["markdown"]?.contains("```yaml") == true)
        #expect(help["text"]?.hasPrefix("ambiguous-scalar (error)") == true)
        #expect((first["properties"] as? [String: Any])?["tags"] as? [String] == ["tongban", "yaml"])
    }
}
