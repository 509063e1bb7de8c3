import Foundation
import Testing

@Suite struct DiffCommandTests {
    static let manifest = "schema: 1\nname: 测试标准库\njurisdiction: \"370000\"\n"

    static func list(_ entries: [(String, String)]) -> String {
        "name: 跨省通办\nscope: 全国\nbasis: [国办发〔2020〕35号]\nbatches:\n  - id: \"2020\"\n    due: 2020-12-31\n  - id: \"2021\"\n    due: 2021-12-31\nentries:\n"
            + entries.map { "  - matter: \($0.0)\n    batch: \"\($0.1)\"\n" }.joined()
    }

    static func matter(_ name: String, promised: String = "5个工作日") -> String {
        """
        name: \(name)
        type: 公共服务
        department: 测试部门
        status: 在用
        basis: [《测试条例》]
        modes: [全程网办]
        conditions: [符合条件的申请人]
        materials:
          - {name: 居民身份证, form: 原件, required: 必要}
        time_limit: {statutory: 20个工作日, promised: \(promised)}
        visits: 0
        fee: 不收费
        result: {name: 办理结果, type: 其他}
        process: [申请, 受理, 办结]
        sources: [测试]

        """
    }

    /// A repository with `standards/` in two tagged commits: `v1` lists one matter, `v2` a second one too.
    static func repository() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.git("init", "-q")
        try folder.write([
            "standards/registry.yaml": manifest,
            "standards/lists/kuasheng.yaml": list([("shebaoka", "2020")]),
            "standards/matters/shebaoka.yaml": matter("社会保障卡申领"),
            "standards/matters/hukou.yaml": matter("户口迁移"),
        ])
        try folder.commit(tag: "v1")
        try folder.write(["standards/lists/kuasheng.yaml": list([("shebaoka", "2020"), ("hukou", "2021")])])
        try folder.commit(tag: "v2")
        return folder
    }

    @Test func twoRevisionsAsJSON() throws {
        let repo = try Self.repository()
        let result = try CLI.run(["diff", "v1", "v2", "--format", "json"], in: repo.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            {
              "old": "v1",
              "new": "v2",
              "lists": [
                {
                  "list": "kuasheng",
                  "name": "跨省通办",
                  "added": [
                    {
                      "matter": "hukou",
                      "name": "户口迁移",
                      "batch": "2021"
                    }
                  ],
                  "removed": [],
                  "changed": [],
                  "moved": [],
                  "notice": "跨省通办：新增 1 项，取消 0 项，调整 0 项"
                }
              ],
              "summary": {
                "added": 1,
                "removed": 0,
                "changed": 0,
                "moved": 0,
                "unlisted": 0
              },
              "unlisted": {
                "added": [],
                "removed": [],
                "changed": []
              },
              "diagnostics": [],
              "schema_version": 1
            }

            """)
    }

    @Test func headAgainstTheWorkingTreeByDefault() throws {
        let repo = try Self.repository()
        try repo.write(["standards/matters/hukou.yaml": Self.matter("户口迁移", promised: "3个工作日")])
        let result = try CLI.run(["diff"], in: repo.url.appendingPathComponent("standards/matters"), environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            通办清单变化：HEAD → 工作区

            跨省通办：新增 0 项，取消 0 项，调整 1 项
              ~ 调整     hukou 户口迁移：办结时限
                         办结时限：承诺 5个工作日 → 3个工作日

            合计：新增 0 项，取消 0 项，调整 1 项

            """)
    }

    @Test func exitCodeOneOnlyWithDifferences() throws {
        let repo = try Self.repository()
        #expect(try CLI.run(["diff", "v1", "v2", "--exit-code"], in: repo.url).status == 1)
        #expect(try CLI.run(["diff", "v2", "--exit-code"], in: repo.url).status == 0)
        #expect(try CLI.run(["diff", "v1", "v2"], in: repo.url).status == 0)
        let same = try CLI.run(["diff", "v1", "v2", "--exit-code", "--format", "markdown", "--list", "kuasheng"], in: repo.url)
        #expect(same.status == 1)
        #expect(same.stdout.contains("| added | `hukou` | 户口迁移 | batch 2021 |\n"))
    }

    @Test func twoFolders() throws {
        let folder = try TemporaryDirectory()
        try folder.write([
            "old/registry.yaml": Self.manifest,
            "old/lists/kuasheng.yaml": Self.list([("shebaoka", "2020"), ("hukou", "2021")]),
            "old/matters/shebaoka.yaml": Self.matter("社会保障卡申领"),
            "old/matters/hukou.yaml": Self.matter("户口迁移"),
            "new/standards/registry.yaml": Self.manifest,
            "new/standards/lists/kuasheng.yaml": Self.list([("shebaoka", "2021")]),
            "new/standards/matters/shebaoka.yaml": Self.matter("社会保障卡申领"),
        ])
        let result = try CLI.run(["diff", "old", "new", "--exit-code"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout == """
            Changes to the 通办 lists: old → new

            跨省通办 (kuasheng): 0 added, 1 removed, 0 changed, 1 moved between batches
              - removed hukou 户口迁移: batch 2021
              > moved   shebaoka 社会保障卡申领: batch 2020 → batch 2021

            In all: 0 added, 1 removed, 0 changed, 1 moved between batches

            """)
    }

    @Test func unknownRevisionExitsTwo() throws {
        let repo = try Self.repository()
        let result = try CLI.run(["diff", "v1", "v9"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "tongban: unknown revision 'v9': no such commit in the git repository\n")
        let zh = try CLI.run(["diff", "nope", "--lang", "zh"], in: repo.url)
        #expect(zh.status == 2)
        #expect(zh.stderr == "tongban: git 仓库中没有修订版本 nope\n")
    }

    @Test func revisionsOutsideARepositoryExitTwo() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["standards/registry.yaml": Self.manifest])
        let result = try CLI.run(["diff"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "tongban: standards is not in a git repository: comparing revisions needs one (or give two folders)\n")
    }

    @Test func unknownListExitsTwo() throws {
        let repo = try Self.repository()
        let result = try CLI.run(["diff", "v1", "v2", "--list", "quansheng"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.stderr == "tongban: no list 'quansheng' on either side\n")
    }

    @Test func registryOption() throws {
        let repo = try Self.repository()
        let result = try CLI.run(["diff", "v1", "v2", "--registry", repo.url.appendingPathComponent("standards").path, "--format", "json"], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"notice\": \"跨省通办：新增 1 项，取消 0 项，调整 0 项\""))
    }
}
