import Testing
@testable import TongbanKit

@Suite struct DurationParserTests {
    @Test(arguments: [
        ("5个工作日", "5个工作日"),
        ("五个工作日", "5个工作日"),
        ("5 个工作日", "5个工作日"),
        ("5工作日", "5个工作日"),
        ("５个工作日", "5个工作日"),
        (" 5 个 工作日 ", "5个工作日"),
        ("5个工作日内", "5个工作日"),
        ("二十个自然日", "20个自然日"),
        ("九十九个工作日", "99个工作日"),
        ("十五工作日", "15个工作日"),
        ("两个工作日", "2个工作日"),
        ("一百零五个自然日", "105个自然日"),
        ("即办", "即办"),
        ("即时办结", "即办"),
        ("当场办结", "即办"),
        ("即 办", "即办"),
    ])
    func readsEverySpelling(raw: String, canonical: String) {
        #expect(DurationParser.parse(raw)?.description == canonical)
    }

    @Test(arguments: 1...99)
    func readsChineseNumeralsUpToNinetyNine(n: Int) {
        #expect(DurationParser.parse(ChineseNumeralTests.written(n) + "个工作日") == .days(n, .working))
    }

    @Test(arguments: ["5天", "五", "工作日", "5个", "-1个工作日", "5个月", "即办了", "一百五个工作日", "1e3个工作日",
                         "0个工作日", "零个工作日", "0个自然日", "00个工作日", "０个工作日"])
    func refusesOtherText(raw: String) {
        #expect(DurationParser.parse(raw) == nil)
    }
}
