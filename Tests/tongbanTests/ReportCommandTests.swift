import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// One batch, past due on 2021-07-01: complete in 台儿庄区, one entry missing in 滕州市.
    static func registry() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write([
            "standards/registry.yaml": "schema: 1\nname: 测试\njurisdiction: \"370400\"\n",
            "standards/catalog/divisions.yaml": "- code: \"370400\"\n  name: 枣庄市\n- code: \"370405\"\n  name: 台儿庄区\n  parent: \"370400\"\n- code: \"370481\"\n  name: 滕州市\n  parent: \"370400\"\n",
            "standards/lists/kuasheng.yaml": "name: 跨省通办\nscope: 全国\nbasis: [测试]\nbatches:\n  - id: \"2020\"\n    due: 2020-12-31\nentries:\n  - matter: a\n    batch: \"2020\"\n  - matter: b\n    batch: \"2020\"\n",
            "standards/matters/a.yaml": "name: 事项甲\nstatus: 草稿\nsources: [测试]\n",
            "standards/matters/b.yaml": "name: 事项乙\nstatus: 草稿\nsources: [测试]\n",
            "standards/regions/370405/a.yaml": "agency: 台儿庄区行政审批服务局\n",
            "standards/regions/370405/b.yaml": "agency: 台儿庄区行政审批服务局\n",
            "standards/regions/370481/a.yaml": "agency: 滕州市行政审批服务局\n",
        ])
        return folder
    }

    @Test func textReport() throws {
        let folder = try Self.registry()
        let result = try CLI.run(["report", "--as-of", "2021-07-01", "--lang", "zh"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            日常监督：截至 2021-07-01

            跨省通办（kuasheng）
              批次 2020：期限 2020-12-31，已过期限，2 项
                370405 台儿庄区：已实施 2/2
                370481 滕州市：已实施 1/2，逾期未实施 1 项
                  - b 事项乙

            通办专窗与帮办代办（region.yaml）
              370405 台儿庄区：通办专窗 未登记，帮办代办 未登记
              370481 滕州市：通办专窗 未登记，帮办代办 未登记

            合计：逾期未实施 1 项

            """)
    }

    @Test func jsonReport() throws {
        let folder = try Self.registry()
        let result = try CLI.run(["report", "--as-of", "2020-12-31", "--format", "json"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"past_due\": false"))
        #expect(result.stdout.hasSuffix("\"summary\": {\n    \"overdue\": 0,\n    \"without_tongban_window\": 2,\n    \"without_assistance\": 2,\n    \"registry_errors\": 0\n  }\n}\n"))
    }

    @Test func todayByDefault() throws {
        let folder = try Self.registry()
        let result = try CLI.run(["report", "--format", "json"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"overdue\": 1,"))
    }

    @Test func badDateExitsTwo() throws {
        let folder = try Self.registry()
        let result = try CLI.run(["report", "--as-of", "2021-13-01"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr == "tongban: --as-of: '2021-13-01' is not a date (YYYY-MM-DD)\n")
    }

    @Test func noRegistryExitsTwo() throws {
        let folder = try TemporaryDirectory()
        let result = try CLI.run(["report"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tongban: neither this folder nor any above it is a registry"))
    }
}
