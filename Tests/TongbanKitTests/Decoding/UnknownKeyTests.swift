import Testing
@testable import TongbanKit
import YAMLSource

/// Unknown keys: Chinese field names get their key, and a misspelt required key is one finding.
@Suite struct UnknownKeyTests {
    static func findings(_ text: String) throws -> [Diagnostic] {
        let file = try #require(RegistryFile(at: "matters/shili.yaml"))
        return FileDecoder.decode(Array(text.utf8), as: file).diagnostics.sorted(by: Diagnostic.sortKey)
    }

    static let inUse = """
        name: 示例
        status: 在用
        type: 公共服务
        department: 示例部门
        basis: [合成]
        modes: [全程网办]
        conditions: [合成]
        materials:
          - name: 居民身份证
        time_limit:
          statutory: 20个工作日
          promised: 5个工作日
        fee: 不收费
        result:
          name: 合成
        process: [受理]
        sources: [合成]

        """

    @Test func misspeltRequiredKeyIsOneFindingWithoutDraftAdvice() throws {
        let found = try Self.findings(Self.inUse.replacingOccurrences(of: "fee: 不收费", with: "fe: 不收费"))
        #expect(found.map { "\($0.range.start) \($0.rule.rawValue)" } == ["13:1 unknown-key"])
        let message = try #require(found.first?.message)
        #expect(message.en == "unknown key “fe”; did you mean “fee”? (so the required key “fee” is missing)")
        #expect(message.zh == "未知的键“fe”，是否应为“fee”？（必填项“fee”因此缺失）")
        #expect(!message.zh.contains("草稿"))
    }

    @Test func aMissingKeyNoUnknownKeyExplainsIsStillReported() throws {
        let found = try Self.findings(Self.inUse.replacingOccurrences(of: "fee: 不收费\n", with: "colour: 红\n"))
        #expect(found.map { "\($0.range.start) \($0.rule.rawValue)" } == ["1:1 missing-field", "13:1 unknown-key"])
        #expect(found.first?.message.en.contains("set status: 草稿") == true)
    }

    @Test(arguments: [
        ("事项名称", "name", 1, 1),
        ("申请材料", "materials", 8, 1),
        ("办结时限", "time_limit", 10, 1),
        ("主管部门", "department", 4, 1),
    ])
    func chineseNameOfAFieldGetsItsKey(_ chinese: String, _ key: String, _ line: Int, _ column: Int) throws {
        let lines = Self.inUse.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let text = lines.map { $0.hasPrefix("\(key):") ? chinese + $0.dropFirst(key.count) : $0 }.joined(separator: "\n")
        let found = try Self.findings(text)
        // The required key is not reported missing: the Chinese key is it.
        #expect(found.map { "\($0.range.start) \($0.rule.rawValue)" } == ["\(line):\(column) unknown-key"])
        #expect(found.first?.message.en == "unknown key “\(chinese)”: keys are English; “\(chinese)” is “\(key)” (so the required key “\(key)” is missing)")
        #expect(found.first?.message.zh == "未知的键“\(chinese)”：键名用英文，“\(chinese)”应写作“\(key)”（必填项“\(key)”因此缺失）")
    }

    @Test func chineseNameOfANestedFieldGetsItsPath() throws {
        let text = "name: 示例\nstatus: 草稿\n承诺时限: 5个工作日\ntime_limit:\n  法定时限: 20个工作日\nsources: [合成]\n"
        let found = try Self.findings(text)
        #expect(found.map { "\($0.range.start) \($0.rule.rawValue)" } == ["3:1 unknown-key", "5:3 unknown-key"])
        #expect(found.first?.message.en == "unknown key “承诺时限”: keys are English; “承诺时限” is “promised”, under “time_limit” (time_limit.promised)")
        #expect(found.first?.message.zh == "未知的键“承诺时限”：键名用英文，“承诺时限”应写作“promised”，写在“time_limit”之下（time_limit.promised）")
        #expect(found.last?.message.en == "unknown key “法定时限”: keys are English; “法定时限” is “statutory”")
    }

    @Test func fullWidthIndentedKeyIsASlipNotAnUnknownKey() throws {
        let found = try Self.findings("name: 示例\nstatus: 草稿\n\u{3000}sources: [合成]\n")
        #expect(found.map { "\($0.range.start) \($0.rule.rawValue)" } == ["3:1 yaml-syntax"])
        #expect(found.first?.range.end == Mark(line: 3, column: 2, offset: 31))
    }
}
