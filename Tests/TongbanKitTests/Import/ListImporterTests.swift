import Testing
@testable import TongbanKit

@Suite struct ListImporterTests {
    /// A small, clearly synthetic registry.
    static let registry: [String: String] = [
        "registry.yaml": "schema: 1\nname: 示例标准库\njurisdiction: \"370000\"\n",
        "lists/kuasheng.yaml": """
            name: 示例跨省通办
            scope: 全国
            basis: [示例文件]
            batches:
              - id: "2020"
                due: 2020-12-31
              - id: "other"
            entries:
              - matter: jia
                batch: "2020"
            sources: [示例]

            """,
        "matters/jia.yaml": "name: 示例事项甲\nstatus: 草稿\nsources: [示例]\n",
        "matters/yi.yaml": "name: 示例事项乙\nstatus: 草稿\nsources: [示例]\n",
        "matters/bing-a.yaml": "name: 示例事项丙\nstatus: 草稿\nsources: [示例]\n",
        "matters/bing-b.yaml": "name: 示例事项丙\nstatus: 草稿\nsources: [示例]\n",
        "matters/shi-li-shi-xiang-ding.yaml": "name: 另一事项\nstatus: 草稿\nsources: [示例]\n",
    ]

    static let header = "seq,name,department,department_inferred,list,batch,due,source\n"

    private func plan(_ csv: String, list: String = "kuasheng", batch: String = "2020") throws -> ImportPlan {
        try ListImporter.plan(
            ListImporter.Request(csv: Array(csv.utf8), csvName: "x.csv", listID: list, batchID: batch),
            source: InMemorySource(texts: Self.registry))
    }

    /// The English problems of a failed plan, as `line: message`.
    private func problems(_ csv: String, list: String = "kuasheng", batch: String = "2020") -> [String] {
        do {
            _ = try plan(csv, list: list, batch: batch)
            return []
        } catch let failure as ImportFailure {
            return failure.problems.map { "\($0.line.map(String.init) ?? "-"): \($0.message.en)" }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func plansNewMattersAndEntries() throws {
        let result = try plan(Self.header + """
            ,示例事项甲,示例部,yes,kuasheng,2020,2020-12-31,来源一
            ,示例事项 乙,,no,kuasheng,2020,2020-12-31,来源二

            """ + "7,示例事项丁,示例部,yes,kuasheng,2020,2020/12/31,\"来源\"\"三\"\"\"\n")
        #expect(result.alreadyListed.map(\.matter) == ["jia"])
        #expect(result.added.map(\.matter) == ["yi", "shi-li-shi-xiang-ding-2"])
        #expect(result.added.map(\.isNewMatter) == [false, true])
        #expect(result.newMatters.map(\.path) == ["matters/shi-li-shi-xiang-ding-2.yaml"])
        #expect(result.newMatters.first?.text == """
            # 导入自 x.csv 第 4 行（清单 kuasheng，批次“2020”，序号 7）
            name: 示例事项丁
            # 推断：主管部门按职能推断（department_inferred: yes），依据见 sources
            department: 示例部
            # 草稿：事项类型、设定依据、通办模式、受理条件、申请材料、时限、收费、结果、流程待查实后补入。
            status: 草稿
            sources:
              - "来源\\"三\\""

            """)
        let list = String(decoding: result.listText, as: UTF8.self)
        #expect(list.contains("  - matter: jia\n    batch: \"2020\"\n  - matter: yi\n    batch: \"2020\"\n  - matter: shi-li-shi-xiang-ding-2\n    batch: \"2020\"\nsources:"))
    }

    @Test func plansNothingWhenEveryRowIsListed() throws {
        let result = try plan(Self.header + ",示例事项甲,示例部,yes,kuasheng,2020,2020-12-31,来源一\n")
        #expect(result.changesNothing)
        #expect(result.listText == Array(Self.registry["lists/kuasheng.yaml", default: ""].utf8))
    }

    @Test func namesEveryBadRow() {
        #expect(problems(Self.header + """
            ,,示例部,yes,kuasheng,2020,2020-12-31,来源
            ,示例事项戊,示例部,maybe,kuasheng,2020,2020-12-31,来源
            ,示例事项己,,yes,kuasheng,2020,2020-12-31,来源
            x,示例事项庚,示例部,yes,quansheng,2021,2020-13-01,
            ,示例事项辛,示例部,yes,kuasheng,2020,2020-12-30,来源
            ,示例事项壬,示例部,yes,kuasheng,2020,,来源
            ,示例事项 辛,示例部,yes,kuasheng,2020,2020-12-31,来源
            ,示例事项丙,示例部,yes,kuasheng,2020,2020-12-31,来源
            ,示例事项癸,示例部,yes,kuasheng,2020
            """) == [
            "2: the name is empty",
            "3: department_inferred must be yes, no or empty, not “maybe”",
            "4: department_inferred is yes but the department is empty",
            "5: seq “x” is not a number",
            "5: due “2020-13-01” is not a valid date; write YYYY-MM-DD",
            "5: the source is empty: every row needs its source",
            "5: list “quansheng” does not match --list kuasheng",
            "5: batch “2021” does not match --batch 2020",
            "6: due 2020-12-30 does not match the due date 2020-12-31 of batch “2020” in lists/kuasheng.yaml",
            "7: due is empty, but batch “2020” in lists/kuasheng.yaml is due 2020-12-31",
            "8: “示例事项 辛” repeats line 6",
            "9: “示例事项丙” is the name of several matters: bing-a, bing-b",
            "10: has 6 fields, the header has 8",
        ])
    }

    @Test func checksTheDueDateOfABatchWithoutOne() {
        #expect(problems(Self.header + ",示例事项戊,示例部,yes,kuasheng,other,2021-12-31,来源\n", batch: "other") == [
            "2: batch “other” in lists/kuasheng.yaml has no due date, but the row gives 2021-12-31",
        ])
    }

    @Test func refusesToMoveAMatterToAnotherBatch() {
        #expect(problems(Self.header + ",示例事项甲,示例部,yes,kuasheng,other,,来源\n", batch: "other") == [
            "2: “示例事项甲” (jia) is already on list “kuasheng” in batch “2020”, not “other”; change its batch by hand",
        ])
    }

    @Test func namesUnknownListsBatchesAndColumns() {
        #expect(problems(Self.header, list: "nosuch") == ["-: the registry has no list “nosuch” (lists/nosuch.yaml); its lists: kuasheng"])
        #expect(problems(Self.header, batch: "2022") == ["-: list “kuasheng” has no batch “2022”; its batches: “2020”, “other”"])
        #expect(problems("seq,name,department,department_inferred,list,batch,source\n") == [
            "1: missing column: due (the columns are seq,name,department,department_inferred,list,batch,due,source)",
        ])
        #expect(problems("seq,name,departmnt,department_inferred,list,batch,due,source\n") == [
            "1: unknown column “departmnt”; did you mean “department”? (the columns are seq,name,department,department_inferred,list,batch,due,source)",
            "1: missing column: department (the columns are seq,name,department,department_inferred,list,batch,due,source)",
        ])
        #expect(problems("") == ["-: the CSV file is empty (no header)"])
        #expect(problems(Self.header + ",\"a\"b,x\n") == ["2: text after a closing quote (double the quotes inside a quoted field)"])
    }
}
