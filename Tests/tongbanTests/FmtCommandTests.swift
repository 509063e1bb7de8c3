import Foundation
import Testing

@Suite struct FmtCommandTests {
    static let registry: [String: String] = [
        "registry.yaml": "schema: 1\nname: 示例标准库\njurisdiction: \"370000\"\n",
        "catalog/materials.yaml": "- name: 居民身份证\n  synonyms: [身份证]\n",
        "matters/a.yaml": "# 事项\nname: 示例(一)\nstatus: 草稿\nmaterials:\n  - name: 身份证  # 别称\ntime_limit:\n  statutory: 五个工作日\nsources: [x]\n",
        "matters/b.yaml": "name: 示例\nstatus: 草稿\nsources: [x]\n",
    ]
    static let formattedA = "# 事项\nname: 示例（一）\nstatus: 草稿\nmaterials:\n  - name: 居民身份证  # 别称\ntime_limit:\n  statutory: 5个工作日\nsources: [x]\n"

    private func setUp() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(Self.registry)
        return dir
    }

    private func read(_ dir: TemporaryDirectory, _ path: String) throws -> String {
        try String(contentsOf: dir.url.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func rewritesFilesListsThemAndExitsZero() throws {
        let dir = try setUp()
        let result = try CLI.run(["fmt"], in: dir.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "matters/a.yaml\n")
        #expect(result.stderr.isEmpty)
        #expect(try read(dir, "matters/a.yaml") == Self.formattedA)
        #expect(try read(dir, "matters/b.yaml") == Self.registry["matters/b.yaml"])

        let again = try CLI.run(["fmt"], in: dir.url)
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
        let lint = try CLI.run(["lint"], in: dir.url)
        #expect(!lint.stdout.contains("non-canonical"), "\(lint.stdout)")
    }

    @Test func checkChangesNothingAndExitsOneListingFiles() throws {
        let dir = try setUp()
        let result = try CLI.run(["fmt", "--check"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stdout == "matters/a.yaml\n")
        #expect(try read(dir, "matters/a.yaml") == Self.registry["matters/a.yaml"])

        _ = try CLI.run(["fmt"], in: dir.url)
        let clean = try CLI.run(["fmt", "--check"], in: dir.url)
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
    }

    @Test func diffPrintsAUnifiedDiffAndChangesNothing() throws {
        let dir = try setUp()
        let result = try CLI.run(["fmt", "--diff"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            --- a/matters/a.yaml
            +++ b/matters/a.yaml
            @@ -1,8 +1,8 @@
             # 事项
            -name: 示例(一)
            +name: 示例（一）
             status: 草稿
             materials:
            -  - name: 身份证  # 别称
            +  - name: 居民身份证  # 别称
             time_limit:
            -  statutory: 五个工作日
            +  statutory: 5个工作日
             sources: [x]

            """)
        #expect(try read(dir, "matters/a.yaml") == Self.registry["matters/a.yaml"])
        let both = try CLI.run(["fmt", "--diff", "--check"], in: dir.url)
        #expect(both.status == 1)
        #expect(both.stdout == result.stdout)
    }

    @Test func onlyTheNamedFilesAreRewrittenButSynonymsComeFromTheRegistry() throws {
        let dir = try setUp()
        try dir.write(["matters/c.yaml": "name: 示例(三)\nstatus: 草稿\nsources: [x]\n"])
        let result = try CLI.run(["fmt", "matters/a.yaml"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stdout == "matters/a.yaml\n")
        #expect(try read(dir, "matters/a.yaml") == Self.formattedA)
        #expect(try read(dir, "matters/c.yaml") == "name: 示例(三)\nstatus: 草稿\nsources: [x]\n")
    }

    @Test func pathsAreShownAsGiven() throws {
        let dir = try setUp()
        let parent = dir.url.deletingLastPathComponent()
        let name = dir.url.lastPathComponent
        let result = try CLI.run(["fmt", "--check", name], in: parent)
        #expect(result.stdout == "\(name)/matters/a.yaml\n")
    }

    @Test func fileWithASyntaxErrorIsLeftByteForByteAndExitsOne() throws {
        let dir = try setUp()
        let broken = "name: 示例(二)\nstatus: 草稿\nsources: [x\n"
        try dir.write(["matters/broken.yaml": broken])
        let result = try CLI.run(["fmt", "--lang", "en"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stdout == "matters/a.yaml\n")
        #expect(result.stderr.contains("tongban: matters/broken.yaml:4:1: error: YAML syntax error"))
        #expect(result.stderr.contains("tongban: matters/broken.yaml has YAML errors; not formatted (the file is unchanged)\n"))
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("matters/broken.yaml")) == Data(broken.utf8))
        #expect(try read(dir, "matters/a.yaml") == Self.formattedA)
        let zh = try CLI.run(["fmt"], in: dir.url, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stderr.contains("matters/broken.yaml 有 YAML 错误，未格式化（文件未改动）"))
    }

    @Test(arguments: ["name: 示例(二)\nname: 示例\nstatus: 草稿\n", "name: &n 示例(二)\nstatus: 草稿\ndepartment: *n\n", "name: 示例(二)\r\nname: 示例\r\nstatus: 草稿\r\n"])
    func filesWithOtherYAMLErrorsAreLeftAlone(text: String) throws {
        let dir = try setUp()
        try dir.write(["matters/bad.yaml": text])
        let result = try CLI.run(["fmt", "matters/bad.yaml"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("matters/bad.yaml"))
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("matters/bad.yaml")) == Data(text.utf8))
    }

    @Test func lineEndsAndAByteOrderMarkAreRepairedAndSaidSo() throws {
        let dir = try setUp()
        try dir.write(["matters/crlf.yaml": "\u{FEFF}name: 示例(二)\r\nstatus: 草稿\r\nsources: [x]\r\n"])
        let result = try CLI.run(["fmt", "--lang", "en", "matters/crlf.yaml"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stdout == "matters/crlf.yaml (CRLF line ends → LF, byte-order mark removed)\n")
        #expect(try read(dir, "matters/crlf.yaml") == "name: 示例（二）\nstatus: 草稿\nsources: [x]\n")
        let again = try CLI.run(["fmt", "--check", "matters/crlf.yaml"], in: dir.url)
        #expect(again.status == 0)
        #expect(again.stdout == "")
        try dir.write(["matters/cr.yaml": "name: 示例\rstatus: 草稿\rsources: [x]\r"])
        let zh = try CLI.run(["fmt", "--check", "matters/cr.yaml"], in: dir.url, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(zh.stdout == "matters/cr.yaml（CR 换行改为 LF）\n")
    }

    @Test func readOnlyFileFailsClearlyAndStaysIntact() throws {
        let dir = try setUp()
        let path = dir.url.appendingPathComponent("matters/a.yaml").path
        chmod(path, 0o444)
        defer { chmod(path, 0o644) }
        let result = try CLI.run(["fmt", "--lang", "en"], in: dir.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("read-only"), "\(result.stderr)")
        #expect(result.stderr.contains("matters/a.yaml"))
        #expect(try read(dir, "matters/a.yaml") == Self.registry["matters/a.yaml"])
    }

    @Test func readOnlyFolderFailsClearlyAndStaysIntact() throws {
        let dir = try setUp()
        let folder = dir.url.appendingPathComponent("matters").path
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let result = try CLI.run(["fmt", "--lang", "en"], in: dir.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("read-only"), "\(result.stderr)")
        #expect(try read(dir, "matters/a.yaml") == Self.registry["matters/a.yaml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.yaml", "b.yaml"])
    }

    @Test func writtenFilesKeepTheirPermissions() throws {
        let dir = try setUp()
        let path = dir.url.appendingPathComponent("matters/a.yaml").path
        chmod(path, 0o600)
        _ = try CLI.run(["fmt"], in: dir.url)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try read(dir, "matters/a.yaml") == Self.formattedA)
    }

    @Test func missingPathAndBadFlagExitTwo() throws {
        let missing = try CLI.run(["fmt", "no/such/place"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "tongban: no such path: no/such/place\n")
        let flag = try CLI.run(["fmt", "--bogus"])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("--bogus"))
    }

    @Test func newerSchemaIsRefused() throws {
        let dir = try setUp()
        try dir.write(["registry.yaml": "schema: 99\nname: 示例\njurisdiction: \"370000\"\n"])
        let result = try CLI.run(["fmt", "--lang", "en"], in: dir.url)
        #expect(result.status == 2)
        #expect(result.stderr == "tongban: the registry has schema 99 but this tongban reads up to 1; upgrade tongban. No other file was checked\n")
        #expect(try read(dir, "matters/a.yaml") == Self.registry["matters/a.yaml"])
    }
}
