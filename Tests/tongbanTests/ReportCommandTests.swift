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
              批次 2020：期限 2020-12-31，已过期限；应实施 2 项
                1/2 个地区已全部实施，1 个地区逾期未实施共 1 项
                370405 台儿庄区：已实施 2/2
                370481 滕州市：已实施 1/2，逾期未实施 1 项

            通办专窗与帮办代办（region.yaml）
              2 个地区中，未登记通办专窗 2 个，未登记帮办代办 2 个

            免提交（电子证照替代的材料）
              跨省通办（kuasheng），2 项事项：0/0 项材料免提交（—）
              全部事项：0/0 项材料免提交（—）

            合计：逾期未实施 1 项
            逾期事项明细：加 --details；完整数据：--format json

            """)
        let details = try CLI.run(["report", "--as-of", "2021-07-01", "--lang", "zh", "--details"], in: folder.url)
        #expect(details.status == 0)
        #expect(details.stdout.contains("    370481 滕州市：已实施 1/2，逾期未实施 1 项\n      - b 事项乙\n"))
        #expect(details.stdout.contains("    370405 台儿庄区：通办专窗 未登记，帮办代办 未登记\n"))
    }

    @Test func jsonReport() throws {
        let folder = try Self.registry()
        let result = try CLI.run(["report", "--as-of", "2020-12-31", "--format", "json"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"past_due\": false"))
        #expect(result.stdout.hasSuffix("\"summary\": {\n    \"overdue\": 0,\n    \"without_tongban_window\": 2,\n    \"without_assistance\": 2,\n    \"registry_errors\": 0,\n    \"unreadable\": 0,\n    \"findings\": 0\n  },\n  \"schema_version\": 1\n}\n"))
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

    /// `--exit-code` fails a CI job when anything is past due, and only then.
    @Test func exitCodeWhenOverdue() throws {
        let folder = try Self.registry()
        #expect(try CLI.run(["report", "--as-of", "2021-07-01", "--exit-code"], in: folder.url).status == 1)
        #expect(try CLI.run(["report", "--as-of", "2021-07-01"], in: folder.url).status == 0)
        #expect(try CLI.run(["report", "--as-of", "2020-12-31", "--exit-code"], in: folder.url).status == 0)
    }

    /// A cancelled matter is due nowhere: not overdue, not counted.
    @Test func cancelledMattersAreNotOverdue() throws {
        let folder = try Self.registry()
        try folder.write(["standards/matters/b.yaml": "name: 事项乙\ntype: 公共服务\ndepartment: 测试部门\nstatus: 取消\nbasis: [测试]\nmodes: [全程网办]\nconditions: [测试]\nmaterials: []\ntime_limit:\n  statutory: 即办\nfee: 不收费\nresult:\n  name: 测试\nprocess: [办结]\nsources: [测试]\n"])
        let result = try CLI.run(["report", "--as-of", "2021-07-01", "--lang", "en", "--exit-code"], in: folder.url)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("  batch 2020: due 2020-12-31, past due; 1 entry to implement (1 cancelled, not counted)\n    2/2 regions complete\n"))
        #expect(result.stdout.contains("\nnothing is past due\n"))
    }

    /// A broken list is a finding, named first, and the run exits 1: never "nothing is past due".
    @Test func brokenListIsAFinding() throws {
        let folder = try Self.registry()
        try folder.write(["standards/lists/kuasheng.yaml": "name: 跨省通办\nentries: [\n"])
        let result = try CLI.run(["report", "--as-of", "2021-07-01", "--lang", "en"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Supervision as of 2021-07-01\n\nFiles that could not be read (left out of the report; exit code 1)\n  lists/kuasheng.yaml:"))
        #expect(result.stdout.contains("[yaml-syntax]"))
        #expect(!result.stdout.contains("nothing is past due"))
        #expect(result.stdout.contains("In all: 0 past due; 1 problems reading files (above), so there may be more\n"))
        let json = try CLI.run(["report", "--as-of", "2021-07-01", "--format", "json"], in: folder.url)
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"lists\": [],"))
        #expect(json.stdout.contains("\"rule\": \"yaml-syntax\""))
    }

    /// An implementation that does not parse is neither implemented nor overdue: it is a finding.
    @Test func unparsableImplementationIsAFinding() throws {
        let folder = try Self.registry()
        try folder.write(["standards/regions/370481/b.yaml": "agency: [滕州市\n"])
        let result = try CLI.run(["report", "--as-of", "2021-07-01", "--lang", "en", "--format", "json"], in: folder.url)
        #expect(result.status == 1)
        let compact = result.stdout.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "")
        #expect(compact.contains(#"{"region":"370481","name":"滕州市","implemented":1,"overdue":[],"unreadable":["b"]}"#))
        #expect(compact.contains(#""file":"regions/370481/b.yaml""#))
        #expect(compact.contains(#""summary":{"overdue":0,"#))
        let text = try CLI.run(["report", "--as-of", "2021-07-01", "--lang", "en"], in: folder.url)
        #expect(text.stdout.contains("    370481 滕州市: implemented 1/2, 1 unreadable\n"))
    }

    @Test func filtersByListRegionAndBatch() throws {
        let folder = try Self.registry()
        try folder.write(["standards/lists/quansheng.yaml": "name: 全省通办\nscope: 全省\nbasis: [测试]\nbatches:\n  - id: \"2021\"\n    due: 2021-06-30\nentries:\n  - matter: a\n    batch: \"2021\"\n"])
        let region = try CLI.run(["report", "--as-of", "2021-07-01", "--lang", "en", "--region", "滕州市", "--format", "csv"], in: folder.url)
        #expect(region.status == 0)
        #expect(region.stdout == "list,list_name,batch,batch_name,due,past_due,region,region_name,entries,cancelled,to_implement,implemented,overdue,unreadable,overdue_matters,unreadable_matters\r\n"
            + "kuasheng,跨省通办,2020,,2020-12-31,true,370481,滕州市,2,0,2,1,1,0,b,\r\n"
            + "quansheng,全省通办,2021,,2021-06-30,true,370481,滕州市,1,0,1,1,0,0,,\r\n")
        let list = try CLI.run(["report", "--as-of", "2021-07-01", "--list", "quansheng", "--batch", "2021", "--format", "csv"], in: folder.url)
        #expect(list.stdout.split(separator: "\r\n").count == 3)
        #expect(!list.stdout.contains("kuasheng"))
        for (option, value, message) in [("--list", "nope", "no list 'nope' in the registry"), ("--region", "370999", "no supervised region '370999'"), ("--batch", "1999", "no batch '1999'")] {
            let bad = try CLI.run(["report", "--lang", "en", option, value], in: folder.url)
            #expect(bad.status == 2, "\(option)")
            #expect(bad.stderr.hasPrefix("tongban: " + message), "\(bad.stderr)")
        }
    }

    /// Registry text never reaches the terminal raw, in any format; markdown and HTML escape it.
    @Test func controlCharactersAreEscapedInEveryFormat() throws {
        let folder = try Self.registry()
        try folder.write(["standards/matters/b.yaml": "name: \"事项\\e[2J乙<b>|*\"\nstatus: 草稿\nsources: [测试]\n"])
        for format in ["text", "json", "markdown", "csv", "html"] {
            let result = try CLI.run(["report", "--as-of", "2021-07-01", "--details", "--format", format], in: folder.url)
            #expect(result.status == 0, "\(format)")
            #expect(!result.stdout.contains("\u{1B}"), "\(format)")
        }
        let markdown = try CLI.run(["report", "--as-of", "2021-07-01", "--details", "--format", "markdown"], in: folder.url).stdout
        #expect(markdown.contains("事项\\[2J乙&lt;b&gt;\\|\\*"))
        let html = try CLI.run(["report", "--as-of", "2021-07-01", "--format", "html"], in: folder.url).stdout
        #expect(html.contains("事项[2J乙&lt;b&gt;|*"))
        #expect(!html.contains("<b>"))
        let text = try CLI.run(["report", "--as-of", "2021-07-01", "--details"], in: folder.url).stdout
        #expect(text.contains("- b 事项\\u{1B}[2J乙<b>|*\n"))
    }

    @Test func noRegistryExitsTwo() throws {
        let folder = try TemporaryDirectory()
        let result = try CLI.run(["report"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tongban: neither this folder nor any above it is a registry"))
    }
}
