import Foundation
import Testing

/// Checklists of real matters from the shipped registry: 户口迁移 (five situations) and
/// 社会保障卡申领, as 台儿庄区 prints them. When `standards/` changes, regenerate with
/// `TONGBAN_UPDATE_GOLDEN=1 swift test` and review what a clerk would now see.
@Suite struct ShippedChecklistTests {
    @Test(arguments: [("hukou-qianyi", "text"), ("hukou-qianyi", "markdown"), ("hukou-qianyi", "html"),
                      ("shebaoka-shenling", "text"), ("shebaoka-shenling", "markdown"), ("shebaoka-shenling", "html")])
    func realMatterForTaierzhuang(_ matter: String, _ format: String) throws {
        let result = try CLI.run(["checklist", matter, "--region", "370405", "--format", format, "--registry", "standards"])
        #expect(result.status == 0, "\(result.stderr)")
        let ext = ["text": "txt", "markdown": "md", "html": "html"][format] ?? format
        try Golden.check(result.stdout, "checklist-shipped-\(matter)-370405.\(ext)")
        if format == "html" {
            #expect(!result.stdout.contains("<script"))
            #expect(result.stdout.contains("草稿"))
        }
    }

    @Test func everySituationOfHukouQianyiIsPrinted() throws {
        let result = try CLI.run(["checklist", "hukou-qianyi", "--region", "370405", "--format", "text", "--registry", "standards"])
        for situation in ["工作调动", "大中专院校录取学生", "大中专学生毕业", "夫妻投靠", "父母投靠子女"] {
            #expect(result.stdout.contains("情形：\(situation)"), "\(situation)")
        }
    }
}
