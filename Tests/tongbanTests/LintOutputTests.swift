import Foundation
import Testing

/// The all-errors fixture through every output format, exactly.
@Suite struct LintOutputTests {
    static let fixture = "Tests/TongbanKitTests/Fixtures/all-errors"

    @Test(arguments: [("text", "en"), ("text", "zh"), ("json", "en"), ("github", "en"), ("sarif", "en"), ("junit", "en")])
    func formats(_ format: String, _ language: String) throws {
        let result = try CLI.run(["lint", Self.fixture, "--format", format, "--lang", language])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        try Golden.check(result.stdout, "lint-all-errors.\(language).\(format == "text" ? "txt" : format)")
    }

    @Test func languageFollowsTheEnvironment() throws {
        let zh = try CLI.run(["lint", Self.fixture], environment: ["LANG": "zh_CN.UTF-8"])
        let en = try CLI.run(["lint", Self.fixture], environment: ["LANG": "C.UTF-8"])
        let forced = try CLI.run(["lint", Self.fixture, "--lang", "en"], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(zh.stdout.hasSuffix("检查了 23 个文件：29 个错误，20 个警告\n"))
        #expect(en.stdout.hasSuffix("29 errors, 20 warnings in 23 files\n"))
        #expect(forced.stdout == en.stdout)
    }

    /// Colour only when asked for or forced; never in a pipe otherwise.
    @Test func colourFollowsTheFlagAndTheEnvironment() throws {
        let plain = try CLI.run(["lint", Self.fixture, "--lang", "en"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let always = try CLI.run(["lint", Self.fixture, "--lang", "en", "--color", "always"])
        #expect(always.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
        let forced = try CLI.run(["lint", Self.fixture, "--lang", "en"], environment: ["FORCE_COLOR": "1"])
        #expect(forced.stdout == always.stdout)
        let never = try CLI.run(["lint", Self.fixture, "--lang", "en", "--color", "never"], environment: ["FORCE_COLOR": "1"])
        #expect(never.stdout == plain.stdout)
        let bad = try CLI.run(["lint", Self.fixture, "--color", "sometimes"])
        #expect(bad.status == 2)
    }

    /// A clean run is one passing test case per file checked, not an empty suite.
    @Test func junitListsEveryFileCheckedWhenClean() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write([
            "registry.yaml": "schema: 1\nname: 合成\njurisdiction: \"370000\"\n",
            "lists/kuasheng.yaml": "name: 合成清单\nscope: 全国\nbasis: [合成依据]\nentries:\n  - matter: a\n  - matter: b\n",
            "matters/a.yaml": "name: 甲\nstatus: 草稿\nsources: [合成来源]\n",
            "matters/b.yaml": "name: 乙\nstatus: 草稿\nsources: [合成来源]\n",
        ])
        let result = try CLI.run(["lint", "--format", "junit"], in: tmp.url)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="tongban" tests="4" failures="0" errors="0">
              <testsuite name="tongban lint" tests="4" failures="0" errors="0" skipped="0">
                <testcase classname="tongban" name="lists/kuasheng.yaml"/>
                <testcase classname="tongban" name="matters/a.yaml"/>
                <testcase classname="tongban" name="matters/b.yaml"/>
                <testcase classname="tongban" name="registry.yaml"/>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func jsonIsValidAndSorted() throws {
        let result = try CLI.run(["lint", Self.fixture, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Array(object.keys).sorted() == ["diagnostics", "files", "schema_version", "summary", "tool", "version"])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let keys = diagnostics.map { d in "\(d["file"] ?? "")|\(String(format: "%06d", d["line"] as? Int ?? 0))|\(String(format: "%06d", d["column"] as? Int ?? 0))" }
        #expect(keys == keys.sorted())
        #expect(diagnostics.allSatisfy { ($0["file"] as? String)?.hasPrefix(Self.fixture + "/") == true })
    }

    @Test func singleFileNothingRefersToReportsOnlyThatFile() throws {
        let result = try CLI.run(["lint", Self.fixture + "/matters/lonely.yaml", "--format", "json"])
        #expect(result.status == 1, "its suppression comment without a reason is an error")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = (object["diagnostics"] as? [[String: Any]] ?? []).map { "\($0["file"] ?? ""):\($0["rule"] ?? "")" }
        let file = "\(Self.fixture)/matters/lonely.yaml"
        #expect(rules == ["\(file):unlisted-matter", "\(file):suppression", "\(file):unused-suppression"])
        #expect(object["files"] as? Int == 1)
    }

    /// A file named is reported with the files that refer to it: the list naming the matter and
    /// an implementation of it.
    @Test func singleFileReportsThatFileAndWhatRefersToIt() throws {
        let result = try CLI.run(["lint", Self.fixture + "/matters/timing.yaml", "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = (object["diagnostics"] as? [[String: Any]] ?? []).map { "\($0["file"] ?? ""):\($0["rule"] ?? "")" }
        #expect(rules == [
            "\(Self.fixture)/lists/kuasheng.yaml:duplicate-entry",
            "\(Self.fixture)/lists/kuasheng.yaml:unknown-reference",
            "\(Self.fixture)/lists/kuasheng.yaml:unknown-reference",
            "\(Self.fixture)/lists/kuasheng.yaml:ambiguous-scalar",
            "\(Self.fixture)/matters/timing.yaml:inconsistent-time-limit",
            "\(Self.fixture)/matters/timing.yaml:inconsistent-mode",
            "\(Self.fixture)/regions/370499/timing.yaml:mixed-time-units",
        ])
        #expect(object["files"] as? Int == 3)
        let text = try CLI.run(["lint", Self.fixture + "/matters/timing.yaml", "--lang", "en"])
        #expect(text.stdout.contains("also checked 2 files that refer to the files named or to deleted files: \(Self.fixture)/lists/kuasheng.yaml, \(Self.fixture)/regions/370499/timing.yaml\n"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let dir = try TemporaryDirectory()
        try dir.write([
            "registry.yaml": "schema: 1\nname: 合成\njurisdiction: \"370000\"\n",
            "matters/lonely.yaml": "name: 孤立\nstatus: 草稿\nsources: [合成]\n",
        ])
        let lenient = try CLI.run(["lint", "."], in: dir.url)
        let strict = try CLI.run(["lint", ".", "--strict"], in: dir.url)
        #expect(lenient.status == 0)
        #expect(lenient.stdout == "matters/lonely.yaml:1:1: warning: matter “孤立” is on no list [unlisted-matter]\n 1 | name: 孤立\n   | ^\n0 errors, 1 warning in 2 files\n")
        #expect(strict.status == 1)
        #expect(strict.stdout == lenient.stdout)
    }

    @Test func noPathFindsTheRegistryUpward() throws {
        let dir = try TemporaryDirectory()
        try dir.write([
            "reg/registry.yaml": "schema: 1\nname: 合成\njurisdiction: \"370000\"\n",
            "reg/matters/a.yaml": "name: 甲\nstatus: 草稿\nsources: [合成]\nbad: 1\n",
        ])
        let result = try CLI.run(["lint", "--format", "github"], in: dir.url.appendingPathComponent("reg/matters"))
        #expect(result.status == 1)
        // Annotations name files from the repository root (here, outside any repository, the
        // registry root), never with `..`.
        #expect(result.stdout.contains("::error file=matters/a.yaml,line=4,col=1,endLine=4,endColumn=4,title=unknown-key::"))
    }

    @Test func notARegistryExitsTwo() throws {
        let dir = try TemporaryDirectory()
        try dir.write(["notes.txt": "hello"])
        let result = try CLI.run(["lint", "."], in: dir.url)
        #expect(result.status == 2)
        #expect(result.stderr == "tongban: . is not in a registry (no registry.yaml above it)\n")
    }
}
