import Foundation
import Testing

@Suite struct ChecklistCommandTests {
    private func golden(_ name: String) throws -> String {
        try String(contentsOf: ChecklistFixture.golden.appendingPathComponent(name), encoding: .utf8)
    }

    // MARK: - Output

    @Test func printsTheSameChecklistAsTheLibrary() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        for (format, ext) in [("html", "html"), ("markdown", "md"), ("text", "txt")] {
            let result = try CLI.run(["checklist", "shili-shebaoka", "--region", "370405", "--format", format, "--registry", reg.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(result.stdout == (try golden("checklist-shebaoka-370405.\(ext)")), "\(format)")
        }
    }

    /// A matter's `maintainer` is printed in the footer, in every format, escaped in HTML.
    @Test func footerNamesTheMaintainer() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        let file = reg.appendingPathComponent("matters/shili-caogao.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "maintainer:\n  name: 示例省政务服务管理办公室<标准处>\n  contact: 0531-12345678\n").write(to: file, atomically: true, encoding: .utf8)
        for (format, expected) in [("text", "标准责任单位：示例省政务服务管理办公室<标准处>（0531-12345678）　事项标识：shili-caogao"),
                                   ("markdown", "标准责任单位：示例省政务服务管理办公室&lt;标准处&gt;（0531-12345678）　事项标识：shili-caogao"),
                                   ("html", "标准责任单位：示例省政务服务管理办公室&lt;标准处&gt;（0531-12345678）　事项标识：shili-caogao")] {
            let result = try CLI.run(["checklist", "shili-caogao", "--region", "370405", "--format", format, "--registry", reg.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(expected), "\(format)")
        }
        let without = try CLI.run(["checklist", "shili-diya", "--region", "370405", "--format", "text", "--registry", reg.path])
        #expect(!without.stdout.contains("标准责任单位"))
    }

    @Test func acceptsNamesAndASituation() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        let result = try CLI.run(["checklist", "示例社会保障卡申领", "--region", "滕州市", "--situation", "补领", "--format", "text", "--registry", reg.path])
        #expect(result.status == 0)
        #expect(result.stdout == (try golden("checklist-shebaoka-370481-buling.txt")))
    }

    @Test func formatFollowsTheOutputFileUnlessGiven() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        for (name, extra, expected) in [
            ("a.html", [String](), "checklist-diya-370405.html"),
            ("a.md", [], "checklist-diya-370405.md"),
            ("a.txt", [], "checklist-diya-370405.txt"),
            ("a.out", [], "checklist-diya-370405.html"),
            ("b.html", ["--format", "markdown"], "checklist-diya-370405.md"),
        ] {
            let out = tmp.url.appendingPathComponent(name)
            let result = try CLI.run(["checklist", "shili-diya", "--region", "370405", "-o", out.path, "--registry", reg.path] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect((try String(contentsOf: out, encoding: .utf8)) == (try golden(expected)), "\(name)")
        }
    }

    @Test func printsABookletOfAList() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        let out = tmp.url.appendingPathComponent("booklet.txt")
        let result = try CLI.run(["checklist", "--list", "kuasheng", "--region", "370405", "-o", out.path, "--registry", reg.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        // The library's golden booklet has a different date for one matter; the pages are otherwise the same.
        #expect(text == (try golden("booklet-kuasheng-370405.txt")).replacingOccurrences(of: "2023-12-31", with: "2024-05-01"))
    }

    @Test func standardAloneWithoutRegion() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        let result = try CLI.run(["checklist", "shili-diya", "--format", "markdown", "--registry", reg.path])
        #expect(result.status == 0)
        #expect(result.stdout == (try golden("checklist-diya-standard.md")))
    }

    // MARK: - Revision date

    @Test func revisionDateIsTheLastCommitOfTheMatterFile() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        try #require(try ChecklistFixture.git(["init", "-q"], in: tmp.url) == 0)
        try #require(try ChecklistFixture.git(["add", "-A"], in: tmp.url) == 0)
        try #require(try ChecklistFixture.git(["commit", "-qm", "fixture"], in: tmp.url) == 0)
        let committed = try CLI.run(["checklist", "shili-diya", "--format", "text", "--registry", reg.path])
        #expect(committed.stdout.contains("\n标准修订日期：2023-03-04　事项标识：shili-diya\n"))

        // A file changed since its last commit is dated by its modification time.
        let file = reg.appendingPathComponent("matters/shili-diya.yaml")
        try (try String(contentsOf: file, encoding: .utf8) + "# 修改\n").write(to: file, atomically: true, encoding: .utf8)
        try ChecklistFixture.touch(file, "2025-02-03")
        let changed = try CLI.run(["checklist", "shili-diya", "--format", "text", "--registry", reg.path])
        #expect(changed.stdout.contains("\n标准修订日期：2025-02-03　事项标识：shili-diya\n"))
    }

    @Test func revisionDateOutsideGitIsTheModificationDate() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp, modified: "2022-11-30")
        let result = try CLI.run(["checklist", "shili-diya", "--format", "text", "--registry", reg.path])
        #expect(result.stdout.contains("\n标准修订日期：2022-11-30　事项标识：shili-diya\n"))
    }

    // MARK: - Bad input

    @Test(arguments: [
        (["checklist", "shebaoka"], "tongban: unknown matter 'shebaoka'; nearest: shili-shebaoka（示例社会保障卡申领）\n"),
        (["checklist", "shebaoka", "--lang", "zh"], "tongban: 没有事项“shebaoka”；最接近的：shili-shebaoka（示例社会保障卡申领）\n"),
        (["checklist", "shili-diya", "--region", "滕州"], "tongban: unknown region '滕州'; nearest: 滕州市（370481）\n"),
        (["checklist", "shili-diya", "--region", "370481"],
         "tongban: 滕州市（370481） has no implementation of '示例不动产抵押登记', so there is no checklist to print; implemented in: 台儿庄区（370405）\n"),
        (["checklist", "shili-diya", "--region", "370481", "--lang", "zh"],
         "tongban: 滕州市（370481）没有“示例不动产抵押登记”的实施清单，无法打印告知单；已实施的地区：台儿庄区（370405）\n"),
        (["checklist", "shili-shebaoka", "--situation", "补办"], "tongban: '示例社会保障卡申领' has no situation '补办'; nearest: 补领\n"),
        (["checklist", "--list", "kuasheng2", "--region", "370405"], "tongban: unknown list 'kuasheng2'; nearest: kuasheng（跨省通办（示例））\n"),
        (["checklist", "--list", "kuasheng", "--region", "370400"],
         "tongban: 枣庄市（370400） implements none of the matters on '跨省通办（示例）', so there is no booklet to print\n"),
        (["checklist", "--list", "kuasheng"], "tongban: --list needs --region: a booklet is printed for one region (see 'tongban checklist --help')\n"),
        (["checklist"], "tongban: name a MATTER, or a list with --list (see 'tongban checklist --help')\n"),
        (["checklist", "shili-diya", "--list", "kuasheng", "--region", "370405"], "tongban: give a MATTER or --list, not both (see 'tongban checklist --help')\n"),
    ])
    func badInputExitsTwoWithOneLine(arguments: [String], stderr: String) throws {
        let result = try CLI.run(arguments + ["--registry", ChecklistFixture.registry.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == stderr)
    }

    @Test func missingRegistryExitsTwo() throws {
        let tmp = try TemporaryDirectory()
        let result = try CLI.run(["checklist", "x", "--registry", "nowhere"], in: tmp.url)
        #expect(result.status == 2)
        #expect(result.stderr == "tongban: no such path: nowhere\n")
    }

    @Test func unwritableOutputExitsTwo() throws {
        let result = try CLI.run(["checklist", "shili-diya", "-o", "/nonexistent-folder/a.html", "--registry", ChecklistFixture.registry.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tongban: cannot write /nonexistent-folder/a.html: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func warnsWhenTheStandardHasErrors() throws {
        let tmp = try TemporaryDirectory()
        let reg = try ChecklistFixture.copy(into: tmp)
        let file = reg.appendingPathComponent("matters/shili-diya.yaml")
        try (try String(contentsOf: file, encoding: .utf8) + "bogus: 1\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["checklist", "shili-diya", "--registry", "reg"], in: tmp.url)
        #expect(result.status == 0)
        #expect(result.stderr == "tongban: warning: reg/matters/shili-diya.yaml has 1 error(s); the checklist may be incomplete (run 'tongban lint')\n")
    }
}
