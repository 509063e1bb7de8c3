import Foundation
import Testing

/// `tongban log` on a real git repository with a scripted history (synthetic data): the registry
/// sits in `standards/` below the repository root, and every commit has a fixed date and author,
/// so commit ids, and therefore the whole output, are the same on every run.
@Suite struct LogCommandTests {
    static let registry = "schema: 1\nname: 测试标准库（合成数据）\njurisdiction: \"370400\"\n"
    static let divisions = "- code: \"370400\"\n  name: 枣庄市\n"
    static let hukou = "name: 户口迁移\nstatus: 草稿\nsources: [测试]\n"

    static func list(_ entries: String) -> String {
        "name: 跨省通办\nscope: 全国\nbasis: [测试文件]\nbatches:\n  - id: \"2020\"\n    due: 2020-12-31\n  - id: \"2021\"\n    due: 2021-12-31\nentries:\n" + entries
    }

    static func shebaoka(hukoubu: Bool, promised: String = "5个工作日", maintainer: Bool = false, comment: String = "") -> String {
        var text = comment + "name: 社会保障卡申领\ntype: 公共服务\ndepartment: 人力资源社会保障部\n"
        if maintainer { text += "maintainer:\n  name: 省人力资源社会保障厅社会保障卡管理处\n  contact: 0531-12345678\n" }
        text += "status: 草稿\nmaterials:\n  - name: 居民身份证\n    required: 必要\n    license: resident-id-card\n  - name: 照片\n    required: 必要\n"
        if hukoubu { text += "  - name: 居民户口簿\n    required: 必要\n    license: household-register\n" }
        text += "time_limit:\n  statutory: 20个工作日\n  promised: \(promised)\nsources: [测试]\n"
        return text
    }

    /// Runs git in `folder` as a fixed author at `date`.
    static func git(_ folder: TemporaryDirectory, _ arguments: [String], date: String = "2021-01-04T09:00:00+08:00", author: String = "Tongban Tests") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=\(author)", "-c", "user.email=tests@tongban.invalid", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder.url
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFailure(arguments: arguments, status: process.terminationStatus) }
    }

    static func commit(_ folder: TemporaryDirectory, _ message: String, _ date: String, author: String = "Tongban Tests") throws {
        try git(folder, ["add", "-A"], date: date)
        try git(folder, ["commit", "-q", "-m", message], date: date, author: author)
    }

    /// The scripted history, oldest first.
    static func repository() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try git(folder, ["init", "-q", "-b", "main"])
        try folder.write([
            "standards/registry.yaml": registry,
            "standards/catalog/divisions.yaml": divisions,
            "standards/catalog/licenses.yaml": "- id: resident-id-card\n  name: 居民身份证\n",
            "standards/lists/kuasheng.yaml": list("  - matter: shebaoka\n    batch: \"2020\"\n  - matter: hukou\n    batch: \"2020\"\n"),
            "standards/matters/shebaoka.yaml": shebaoka(hukoubu: false),
            "standards/matters/hukou.yaml": hukou,
        ])
        try commit(folder, "1 initial", "2021-01-04T09:00:00+08:00")
        // Materials added: a 户口簿 whose licence is not catalogued yet.
        try folder.write(["standards/matters/shebaoka.yaml": shebaoka(hukoubu: true, promised: "3个工作日")])
        try commit(folder, "2 materials added", "2021-02-01T09:00:00+08:00", author: "王编辑")
        // The licence catalogued: the 户口簿 becomes 免提交 without the matter file changing.
        try folder.write(["standards/catalog/licenses.yaml": "- id: resident-id-card\n  name: 居民身份证\n- id: household-register\n  name: 居民户口簿\n"])
        try commit(folder, "3 licence added", "2021-03-01T09:00:00+08:00")
        // Reformatting only: a comment and a spelling fmt would rewrite.
        try folder.write(["standards/matters/shebaoka.yaml": shebaoka(hukoubu: true, promised: "3 个工作日", comment: "# 合成测试数据\n")])
        try commit(folder, "4 reformat", "2021-04-01T09:00:00+08:00")
        // Leaves the list, then rejoins it in another batch.
        try folder.write(["standards/lists/kuasheng.yaml": list("  - matter: hukou\n    batch: \"2020\"\n")])
        try commit(folder, "5 leave", "2021-05-01T09:00:00+08:00")
        try folder.write(["standards/lists/kuasheng.yaml": list("  - matter: hukou\n    batch: \"2020\"\n  - matter: shebaoka\n    batch: \"2021\"\n")])
        try commit(folder, "6 rejoin", "2021-06-01T09:00:00+08:00")
        // A new id; the list entry moves with it, and a maintainer is named.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("standards/matters/shebaoka.yaml"))
        try folder.write([
            "standards/matters/shebaoka-shenling.yaml": shebaoka(hukoubu: true, promised: "3个工作日", maintainer: true),
            "standards/lists/kuasheng.yaml": list("  - matter: hukou\n    batch: \"2020\"\n  - matter: shebaoka-shenling\n    batch: \"2021\"\n"),
        ])
        try commit(folder, "7 rename", "2021-07-01T09:00:00+08:00")
        // Another matter only: not part of this history.
        try folder.write(["standards/matters/hukou.yaml": hukou.replacingOccurrences(of: "户口迁移", with: "户口迁移登记")])
        try commit(folder, "8 other matter", "2021-08-01T09:00:00+08:00")
        return folder
    }

    /// Every kind of entry, newest first: the rename (followed, since the list entry moved with
    /// it, and showing the maintainer named), rejoining and leaving the list, the reformat
    /// (marked), the licence that made a material 免提交, the materials added, the creation.
    /// The other matter's commit is not there.
    @Test func matterHistoryJSON() throws {
        let folder = try Self.repository()
        let result = try CLI.run(["log", "shebaoka-shenling", "--format", "json", "--registry", "standards"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            {
              "matter": "shebaoka-shenling",
              "range": "HEAD",
              "entries": [
                {
                  "commit": "e4e89eb911c15041630967be62478c2f52a8f75b",
                  "date": "2021-07-01T09:00:00+08:00",
                  "author": "Tongban Tests",
                  "email": "tests@tongban.invalid",
                  "matter": "shebaoka-shenling",
                  "name": "社会保障卡申领",
                  "change": "renamed",
                  "renamed_from": "shebaoka",
                  "unreadable": false,
                  "department": "人力资源社会保障部",
                  "maintainer": "省人力资源社会保障厅社会保障卡管理处（0531-12345678）",
                  "fields": [
                    "maintainer"
                  ],
                  "renamed": null,
                  "materials": null,
                  "time_limit": null,
                  "lists": [],
                  "exemption": null
                },
                {
                  "commit": "7aaa9b4f8e03253973f3084c37ba6c05c5cfd6ce",
                  "date": "2021-06-01T09:00:00+08:00",
                  "author": "Tongban Tests",
                  "email": "tests@tongban.invalid",
                  "matter": "shebaoka",
                  "name": "社会保障卡申领",
                  "change": "unchanged",
                  "renamed_from": null,
                  "unreadable": false,
                  "department": "人力资源社会保障部",
                  "maintainer": null,
                  "fields": [],
                  "renamed": null,
                  "materials": null,
                  "time_limit": null,
                  "lists": [
                    {
                      "list": "kuasheng",
                      "name": "跨省通办",
                      "event": "joined",
                      "from": null,
                      "to": "2021"
                    }
                  ],
                  "exemption": null
                },
                {
                  "commit": "84d03732465cca6a4cd304c319ca44db53f7ef98",
                  "date": "2021-05-01T09:00:00+08:00",
                  "author": "Tongban Tests",
                  "email": "tests@tongban.invalid",
                  "matter": "shebaoka",
                  "name": "社会保障卡申领",
                  "change": "unchanged",
                  "renamed_from": null,
                  "unreadable": false,
                  "department": "人力资源社会保障部",
                  "maintainer": null,
                  "fields": [],
                  "renamed": null,
                  "materials": null,
                  "time_limit": null,
                  "lists": [
                    {
                      "list": "kuasheng",
                      "name": "跨省通办",
                      "event": "left",
                      "from": "2020",
                      "to": null
                    }
                  ],
                  "exemption": null
                },
                {
                  "commit": "3b8eea1c4cf519f4417a6d5eb72a1238bbdb74fe",
                  "date": "2021-04-01T09:00:00+08:00",
                  "author": "Tongban Tests",
                  "email": "tests@tongban.invalid",
                  "matter": "shebaoka",
                  "name": "社会保障卡申领",
                  "change": "reformatted",
                  "renamed_from": null,
                  "unreadable": false,
                  "department": "人力资源社会保障部",
                  "maintainer": null,
                  "fields": [],
                  "renamed": null,
                  "materials": null,
                  "time_limit": null,
                  "lists": [],
                  "exemption": null
                },
                {
                  "commit": "2b8392441448dab91f5001d25bf8126bfab19bd7",
                  "date": "2021-03-01T09:00:00+08:00",
                  "author": "Tongban Tests",
                  "email": "tests@tongban.invalid",
                  "matter": "shebaoka",
                  "name": "社会保障卡申领",
                  "change": "unchanged",
                  "renamed_from": null,
                  "unreadable": false,
                  "department": "人力资源社会保障部",
                  "maintainer": null,
                  "fields": [],
                  "renamed": null,
                  "materials": null,
                  "time_limit": null,
                  "lists": [],
                  "exemption": {
                    "old": {
                      "materials": 3,
                      "exempt": 1,
                      "percent": 33
                    },
                    "new": {
                      "materials": 3,
                      "exempt": 2,
                      "percent": 67
                    }
                  }
                },
                {
                  "commit": "a72098524152688631752090866a7dd9162dbb29",
                  "date": "2021-02-01T09:00:00+08:00",
                  "author": "王编辑",
                  "email": "tests@tongban.invalid",
                  "matter": "shebaoka",
                  "name": "社会保障卡申领",
                  "change": "changed",
                  "renamed_from": null,
                  "unreadable": false,
                  "department": "人力资源社会保障部",
                  "maintainer": null,
                  "fields": [
                    "materials",
                    "time_limit"
                  ],
                  "renamed": null,
                  "materials": {
                    "added": [
                      "居民户口簿"
                    ],
                    "removed": [],
                    "changed": []
                  },
                  "time_limit": {
                    "old": {
                      "statutory": "20个工作日",
                      "promised": "5个工作日"
                    },
                    "new": {
                      "statutory": "20个工作日",
                      "promised": "3个工作日"
                    }
                  },
                  "lists": [],
                  "exemption": {
                    "old": {
                      "materials": 2,
                      "exempt": 1,
                      "percent": 50
                    },
                    "new": {
                      "materials": 3,
                      "exempt": 1,
                      "percent": 33
                    }
                  }
                },
                {
                  "commit": "c320ed1046e863241507f508d35878fe2e216c09",
                  "date": "2021-01-04T09:00:00+08:00",
                  "author": "Tongban Tests",
                  "email": "tests@tongban.invalid",
                  "matter": "shebaoka",
                  "name": "社会保障卡申领",
                  "change": "created",
                  "renamed_from": null,
                  "unreadable": false,
                  "department": "人力资源社会保障部",
                  "maintainer": null,
                  "fields": [],
                  "renamed": null,
                  "materials": null,
                  "time_limit": null,
                  "lists": [
                    {
                      "list": "kuasheng",
                      "name": "跨省通办",
                      "event": "joined",
                      "from": null,
                      "to": "2020"
                    }
                  ],
                  "exemption": {
                    "old": {
                      "materials": 0,
                      "exempt": 0,
                      "percent": null
                    },
                    "new": {
                      "materials": 2,
                      "exempt": 1,
                      "percent": 50
                    }
                  }
                }
              ]
            }

            """)
    }

    @Test func matterHistoryTextAndMarkdownMatchTheGoldenFiles() throws {
        let folder = try Self.repository()
        for language in ["zh", "en"] {
            for (format, suffix) in [("text", "txt"), ("markdown", "md")] {
                let result = try CLI.run(["log", "shebaoka-shenling", "--format", format, "--lang", language], in: folder.url.appendingPathComponent("standards"))
                #expect(result.status == 0, "\(result.stderr)")
                try Golden.check(result.stdout, "log-shebaoka-shenling.\(language).\(suffix)")
            }
        }
    }

    /// A range limits the history; the old id's own history ends at the rename.
    @Test func rangesAndTheOldID() throws {
        let folder = try Self.repository()
        let recent = try CLI.run(["log", "shebaoka-shenling", "HEAD~3..HEAD", "--format", "json", "--registry", "standards"], in: folder.url)
        #expect(recent.status == 0)
        #expect(recent.stdout.components(separatedBy: "\"commit\":").count - 1 == 2)
        #expect(recent.stdout.contains("\"range\": \"HEAD~3..HEAD\""))
        let old = try CLI.run(["log", "shebaoka", "--format", "json", "--registry", "standards"], in: folder.url)
        #expect(old.status == 0)
        #expect(old.stdout.contains("\"change\": \"deleted\""))
        #expect(old.stdout.contains("\"date\": \"2021-07-01T09:00:00+08:00\""))
    }

    /// Without the list entry moving, a deleted file and a new one are two matters.
    @Test func aMoveWithoutItsListEntryIsNotFollowed() throws {
        let folder = try Self.repository()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("standards/matters/hukou.yaml"))
        try folder.write(["standards/matters/hukou-qianyi.yaml": Self.hukou])
        try Self.commit(folder, "9 move without the list", "2021-09-01T09:00:00+08:00")
        let result = try CLI.run(["log", "hukou-qianyi", "--format", "json", "--registry", "standards"], in: folder.url)
        #expect(result.stdout.components(separatedBy: "\"commit\":").count - 1 == 1)
        #expect(result.stdout.contains("\"change\": \"created\""))
    }

    @Test func listHistory() throws {
        let folder = try Self.repository()
        let result = try CLI.run(["log", "--list", "kuasheng", "--format", "json", "--registry", "standards"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let compact = result.stdout.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(compact.contains(#""date":"2021-07-01T09:00:00+08:00","author":"TongbanTests","email":"tests@tongban.invalid","name":"跨省通办","created":false,"deleted":false,"added":[{"matter":"shebaoka-shenling","name":"社会保障卡申领","batch":"2021"}],"removed":[{"matter":"shebaoka","name":"社会保障卡申领","batch":"2021"}]"#))
        #expect(compact.contains(#""removed":[{"matter":"shebaoka","name":"社会保障卡申领","batch":"2020"}]"#))
        #expect(result.stdout.components(separatedBy: "\"commit\":").count - 1 == 4)
        let text = try CLI.run(["log", "--list", "kuasheng", "--lang", "zh", "--registry", "standards"], in: folder.url)
        try Golden.check(text.stdout, "log-list-kuasheng.zh.txt")
    }

    @Test func badInputExitsTwo() throws {
        let folder = try Self.repository()
        for arguments in [["log", "shebaoka", "nosuchrev"], ["log", "shebaoka", "--output=x"], ["log"], ["log", "Bad_ID"], ["log", "a", "b", "c"]] {
            let result = try CLI.run(arguments + ["--registry", "standards"], in: folder.url)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("tongban: "), "\(arguments)")
        }
        let outside = try TemporaryDirectory()
        try outside.write(["standards/registry.yaml": Self.registry])
        let result = try CLI.run(["log", "x", "--registry", "standards"], in: outside.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("not in a git repository"), "\(result.stderr)")
    }

    /// Author names and registry text reach the terminal escaped.
    @Test func controlCharactersAreEscaped() throws {
        let folder = try Self.repository()
        try folder.write(["standards/matters/hukou.yaml": "name: \"户口\\e]0;x\\a迁移\"\nstatus: 草稿\nsources: [测试]\n"])
        try Self.commit(folder, "9 hostile", "2021-09-01T09:00:00+08:00", author: "evil\u{1B}[2J")
        for format in ["text", "markdown", "json"] {
            let result = try CLI.run(["log", "hukou", "--format", format, "--registry", "standards"], in: folder.url)
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{7}"), "\(format)")
        }
    }
}
