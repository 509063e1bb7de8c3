import Foundation
import Testing

/// Linting named files (as pre-commit does) also reports what refers to them or to deleted files.
@Suite struct LintReferringFilesTests {
    static let files = [
        "registry.yaml": "schema: 1\nname: 示例\njurisdiction: \"370405\"\n",
        "catalog/divisions.yaml": "- code: \"370405\"\n  name: 台儿庄区\n",
        "lists/kuasheng.yaml": "name: 跨省通办\nscope: 全国\nbasis: [合成]\nentries:\n  - matter: a\n  - matter: b\n",
        "matters/a.yaml": "name: 甲\nstatus: 草稿\nsources: [合成]\n",
        "matters/b.yaml": "name: 乙\nstatus: 草稿\nsources: [合成]\n",
        "matters/c.yaml": "name: 丙\nstatus: 草稿\nsources: [合成]\n",
        "regions/370405/a.yaml": "agency: 某局\nsources: [合成]\n",
    ]

    func repository() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(Self.files)
        try dir.git("init", "-q")
        try dir.commit(tag: "v1")
        return dir
    }

    @Test func aDeletedMatterShowsInTheListThatNamesIt() throws {
        let dir = try repository()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("matters/b.yaml"))
        let result = try CLI.run(["lint", "--lang", "en", "matters/a.yaml"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("lists/kuasheng.yaml:6:13: error: "), "\(result.stdout)")
        #expect(result.stdout.contains("[unknown-reference]"))
        #expect(result.stdout.contains("also checked 2 files that refer to the files named or to deleted files: lists/kuasheng.yaml, regions/370405/a.yaml\n"))
        let zh = try CLI.run(["lint", "--lang", "zh", "matters/a.yaml"], in: dir.url)
        #expect(zh.stdout.contains("另检查了引用所给文件或已删除文件的 2 个文件：lists/kuasheng.yaml、regions/370405/a.yaml\n"))
    }

    @Test func aFileNoOneRefersToIsReportedAlone() throws {
        let dir = try repository()
        let result = try CLI.run(["lint", "--lang", "en", "--format", "json", "matters/c.yaml"], in: dir.url)
        #expect(result.stdout.contains("\"files\" : 1") || result.stdout.contains("\"files\": 1") || result.stdout.contains("\"files\":1"), "\(result.stdout)")
        #expect(!result.stdout.contains("lists/kuasheng.yaml"))
    }

    @Test func theWholeRegistryNamesNoReferringFiles() throws {
        let dir = try repository()
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("matters/b.yaml"))
        let result = try CLI.run(["lint", "--lang", "en"], in: dir.url)
        #expect(!result.stdout.contains("also checked"))
        #expect(result.stdout.contains("lists/kuasheng.yaml:6:13: error: "))
    }
}
