import Foundation
import Testing

@Suite struct ImportCommandTests {
    /// A small, clearly synthetic registry with comments that an import must keep.
    static let registry: [String: String] = [
        "registry.yaml": "schema: 1\nname: 示例标准库\njurisdiction: \"370000\"\n",
        "catalog/divisions.yaml": "- code: \"370000\"\n  name: 山东省\n",
        "lists/kuasheng.yaml": """
            name: 示例跨省通办
            scope: 全国
            basis:
              - 示例办发〔2020〕1号
            # 批次说明：保留此注释
            batches:
              - id: "2020"
                due: 2020-12-31
              - id: "2021"
                due: 2021-12-31
              - id: "other"
            entries:
              - matter: xueli-gongzheng
                batch: "2020"  # 学历公证
              # 2021 批次
              - matter: hukou-qianyi
                batch: "2021"
              - matter: shi-li-shi-xiang-yi
                batch: "other"
            sources:
              - 示例来源

            """,
        "lists/quansheng.yaml": """
            name: 示例全省通办
            scope: 全省
            basis: [示例政办发〔2021〕4号]
            batches:
              - id: "2021"
                due: 2021-06-30
            entries: []  # 暂无条目
            sources: [示例来源]

            """,
        "matters/xueli-gongzheng.yaml": "name: 学历公证\nstatus: 草稿\nsources: [示例来源]\n",
        "matters/hukou-qianyi.yaml": "name: 户口迁移\nstatus: 草稿\nsources: [示例来源]\n",
        "matters/shiye-dengji.yaml": "name: 失业登记\nstatus: 草稿\nsources: [示例来源]\n",
        "matters/shi-li-shi-xiang-yi.yaml": "# 与“示例事项乙”的拼音标识相同\nname: 另一示例事项\nstatus: 草稿\nsources: [示例来源]\n",
    ]

    static let header = "seq,name,department,department_inferred,list,batch,due,source\n"

    static let kuasheng2020 = header + """
        ,学历公证,司法部,yes,kuasheng,2020,2020-12-31,示例来源一
        3,失业登记,人力资源社会保障部,yes,kuasheng,2020,2020-12-31,示例来源二
        ,示例事项甲,示例部,yes,kuasheng,2020,2020-12-31,"示例来源三：""带引号"", 带逗号"
        ,"示例事项乙",,no,kuasheng,2020,2020-12-31,示例来源四

        """

    /// A registry in a temporary folder, and every file's bytes as it was written.
    private func makeRegistry() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write(Self.registry)
        return directory
    }

    private func snapshot(_ directory: TemporaryDirectory) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = directory.url.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let full = root + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    private func text(_ directory: TemporaryDirectory, _ path: String) -> String? {
        FileManager.default.contents(atPath: directory.url.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func importsIntoAFreshRegistry() throws {
        let directory = try makeRegistry()
        try directory.write(["kuasheng-2020.csv": Self.kuasheng2020])
        let result = try CLI.run(["import", "kuasheng-2020.csv", "--list", "kuasheng", "--batch", "2020"], in: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            created matters/shi-li-shi-xiang-jia.yaml (示例事项甲, 草稿)
            created matters/shi-li-shi-xiang-yi-2.yaml (示例事项乙, 草稿)
            added shiye-dengji (失业登记) to lists/kuasheng.yaml, batch “2020”
            added shi-li-shi-xiang-jia (示例事项甲) to lists/kuasheng.yaml, batch “2020”
            added shi-li-shi-xiang-yi-2 (示例事项乙) to lists/kuasheng.yaml, batch “2020”
            3 list entries added, 2 matter files created, 1 row already on the list

            """)
        #expect(text(directory, "lists/kuasheng.yaml") == """
            name: 示例跨省通办
            scope: 全国
            basis:
              - 示例办发〔2020〕1号
            # 批次说明：保留此注释
            batches:
              - id: "2020"
                due: 2020-12-31
              - id: "2021"
                due: 2021-12-31
              - id: "other"
            entries:
              - matter: xueli-gongzheng
                batch: "2020"  # 学历公证
              - matter: shiye-dengji
                batch: "2020"
              - matter: shi-li-shi-xiang-jia
                batch: "2020"
              - matter: shi-li-shi-xiang-yi-2
                batch: "2020"
              # 2021 批次
              - matter: hukou-qianyi
                batch: "2021"
              - matter: shi-li-shi-xiang-yi
                batch: "other"
            sources:
              - 示例来源

            """)
        #expect(text(directory, "matters/shi-li-shi-xiang-jia.yaml") == """
            # 导入自 kuasheng-2020.csv 第 4 行（清单 kuasheng，批次“2020”）
            name: 示例事项甲
            # 推断：主管部门按职能推断（department_inferred: yes），依据见 sources
            department: 示例部
            # 草稿：事项类型、设定依据、通办模式、受理条件、申请材料、时限、收费、结果、流程待查实后补入。
            status: 草稿
            sources:
              - "示例来源三：\\"带引号\\", 带逗号"

            """)
        #expect(text(directory, "matters/shi-li-shi-xiang-yi-2.yaml") == """
            # 导入自 kuasheng-2020.csv 第 5 行（清单 kuasheng，批次“2020”）
            name: 示例事项乙
            # 草稿：事项类型、设定依据、通办模式、受理条件、申请材料、时限、收费、结果、流程待查实后补入。
            status: 草稿
            sources:
              - "示例来源四"

            """)
        #expect(text(directory, "matters/shiye-dengji.yaml") == Self.registry["matters/shiye-dengji.yaml"])
        #expect(text(directory, "matters/shi-li-shi-xiang-yi.yaml") == Self.registry["matters/shi-li-shi-xiang-yi.yaml"])

        let lint = try CLI.run(["lint", "--format", "json"], in: directory.url)
        #expect(lint.status == 0, "\(lint.stdout)")
        #expect(lint.stdout.contains("\"errors\": 0"), "\(lint.stdout)")
        #expect(lint.stdout.contains("\"warnings\": 0"), "\(lint.stdout)")
    }

    @Test func secondRunChangesNothing() throws {
        let directory = try makeRegistry()
        try directory.write(["kuasheng-2020.csv": Self.kuasheng2020])
        let arguments = ["import", "kuasheng-2020.csv", "--list", "kuasheng", "--batch", "2020"]
        #expect(try CLI.run(arguments, in: directory.url).status == 0)
        let before = try snapshot(directory)
        let again = try CLI.run(arguments, in: directory.url)
        #expect(again.status == 0)
        #expect(again.stdout == "nothing to change: all 4 rows of kuasheng-2020.csv are already in batch “2020” of lists/kuasheng.yaml\n")
        #expect(try snapshot(directory) == before)
    }

    @Test func fillsAnEmptyListFromAnotherFolderInChinese() throws {
        let directory = try makeRegistry()
        // A byte-order mark and CRLF line ends, as spreadsheet programs write them.
        let csv = "\u{FEFF}" + Self.header.replacingOccurrences(of: "\n", with: "\r\n") + ",户口迁移,公安部,yes,quansheng,2021,2021-06-30,示例来源\r\n"
        try directory.write(["in/quansheng.csv": csv])
        let result = try CLI.run(
            ["import", "in/quansheng.csv", "--list", "quansheng", "--batch", "2021", "--registry", "."],
            in: directory.url, environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "清单 lists/quansheng.yaml 批次“2021”新增 hukou-qianyi（户口迁移）\n新增清单条目 1 条，新建事项文件 0 个，已在清单中 0 项\n")
        #expect(text(directory, "lists/quansheng.yaml")?.contains("entries:  # 暂无条目\n  - matter: hukou-qianyi\n    batch: \"2021\"\nsources:") == true)
    }

    @Test func dryRunWritesNothing() throws {
        let directory = try makeRegistry()
        try directory.write(["kuasheng-2020.csv": Self.kuasheng2020])
        let before = try snapshot(directory)
        let result = try CLI.run(["import", "kuasheng-2020.csv", "--list", "kuasheng", "--batch", "2020", "--dry-run"], in: directory.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("(dry run, nothing written) 3 list entries added, 2 matter files created, 1 row already on the list\n"))
        #expect(try snapshot(directory) == before)
    }

    @Test(arguments: [
        // (CSV, --list, --batch, expected standard error)
        ("seq,name,department,department_inferred,list,batch,source\n,失业登记,人力资源社会保障部,yes,kuasheng,2020,示例\n", "kuasheng", "2020",
         "tongban: bad.csv:1: missing column: due (the columns are seq,name,department,department_inferred,list,batch,due,source)\n"),
        (header + ",失业登记,人力资源社会保障部,yes,kuasheng,2020,2020-12-31,示例\n,示例事项甲,示例部,yes,kuasheng,2020,2020-13-01,示例\n", "kuasheng", "2020",
         "tongban: bad.csv:3: due “2020-13-01” is not a valid date; write YYYY-MM-DD\n"),
        (header + ",示例事项甲,示例部,yes,quansheng,2020,2020-12-31,示例\n", "kuasheng", "2020",
         "tongban: bad.csv:2: list “quansheng” does not match --list kuasheng\n"),
        (header + ",示例事项甲,示例部,yes,kuasheng,2021,2021-12-31,示例\n", "kuasheng", "2020",
         "tongban: bad.csv:2: batch “2021” does not match --batch 2020\ntongban: bad.csv:2: due 2021-12-31 does not match the due date 2020-12-31 of batch “2020” in lists/kuasheng.yaml\n"),
        (header + ",示例事项甲,示例部,yes,nosuch,2020,2020-12-31,示例\n", "nosuch", "2020",
         "tongban: the registry has no list “nosuch” (lists/nosuch.yaml); its lists: kuasheng, quansheng\n"),
        (header + ",示例事项甲,示例部,yes,kuasheng,2022,2022-12-31,示例\n", "kuasheng", "2022",
         "tongban: list “kuasheng” has no batch “2022”; its batches: “2020”, “2021”, “other”\n"),
        (header + ",失业登记,人力资源社会保障部,yes,kuasheng,2020,2020-12-31,示例\n,,示例部,yes,kuasheng,2020,2020-12-31,示例\n", "kuasheng", "2020",
         "tongban: bad.csv:3: the name is empty\n"),
        (header + ",失业登记,人力资源社会保障部,yes,kuasheng,2020,2020-12-31,示例\n,\"示例\"事项甲,示例部,yes,kuasheng,2020,2020-12-31,示例\n", "kuasheng", "2020",
         "tongban: bad.csv:3: text after a closing quote (double the quotes inside a quoted field)\n"),
        (header + ",失业登记,人力资源社会保障部,yes,kuasheng,2020,2020-12-31,\"示例\n", "kuasheng", "2020",
         "tongban: bad.csv:2: a quoted field starting on this line is never closed\n"),
        (header + ",示例事项甲,示例部,yes,kuasheng,other,2020-12-31,示例\n", "kuasheng", "other",
         "tongban: bad.csv:2: batch “other” in lists/kuasheng.yaml has no due date, but the row gives 2020-12-31\n"),
        (header + ",户口迁移,公安部,yes,kuasheng,2020,2020-12-31,示例\n", "kuasheng", "2020",
         "tongban: bad.csv:2: “户口迁移” (hukou-qianyi) is already on list “kuasheng” in batch “2021”, not “2020”; change its batch by hand\n"),
    ])
    func malformedInputWritesNothing(csv: String, list: String, batch: String, expected: String) throws {
        let directory = try makeRegistry()
        try directory.write(["bad.csv": csv])
        let before = try snapshot(directory)
        let result = try CLI.run(["import", "bad.csv", "--list", list, "--batch", batch], in: directory.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let count = expected.split(separator: "\n").count
        #expect(result.stderr == expected + "tongban: \(count) problem\(count == 1 ? "" : "s"); nothing was written\n")
        #expect(try snapshot(directory) == before)
    }

    @Test func reportsMissingFilesAndFlagsOnOneLine() throws {
        let directory = try makeRegistry()
        let missing = try CLI.run(["import", "none.csv", "--list", "kuasheng", "--batch", "2020"], in: directory.url)
        #expect(missing.status == 2)
        #expect(missing.stderr == "tongban: cannot read the CSV file: none.csv\n")
        let noFlag = try CLI.run(["import", "none.csv", "--list", "kuasheng"], in: directory.url)
        #expect(noFlag.status == 2)
        #expect(noFlag.stderr.split(separator: "\n").count == 1)
    }

    @Test func shippedSeedsAreAlreadyImported() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.url.appendingPathComponent("standards")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("standards"), to: copy)
        let seeds = CLI.packageRoot.appendingPathComponent("seeds")
        for (file, list, batch) in [("kuasheng-2020.csv", "kuasheng", "2020"), ("kuasheng-2021.csv", "kuasheng", "2021"),
                                    ("quansheng-shandong-2021.csv", "quansheng-shandong", "2021")] {
            let result = try CLI.run(["import", seeds.appendingPathComponent(file).path, "--list", list, "--batch", batch], in: directory.url)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("nothing to change"), "\(result.stdout)")
        }
        let diff = try CLI.run(["lint", "standards"], in: directory.url)
        #expect(diff.status == 0)
    }
}
