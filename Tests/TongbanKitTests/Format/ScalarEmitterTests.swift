import Testing
import YAMLSource
@testable import TongbanKit

@Suite struct ScalarEmitterTests {
    static let values = [
        "社会保障卡申领", "居民身份证", "5个工作日", "不收费", "yes", "no", "No", "on", "~", "null", "0100", "2021", "1:20", "3.5",
        "2020-12-31", "370000", "- 列表", "-5", "? 问", ":冒号", "a: b", "a:b", "a #b", "a#b", "#注释", "&锚", "*别名", "!标签",
        "|竖线", ">大于", "'单引号'", "\"双引号\"", "%百分", "@at", "`反引号", "[方括号]", "{花括号}", "逗号,分隔", "结尾:", "带'引号",
        "带\"引号", "反斜杠\\", "---", "...", "<<", "=", "tab\there", "换行\n", "\u{7}铃", "\u{FEFF}bom", "\u{85}", "\u{2028}",
        "\u{A0}", "https://example.gov.cn/x?a=1#f", "0632-6616276", "《法》（试行）", "Ａ", "\u{1F600}", "\u{FFFE}",
    ]

    /// Every value in every style and context reads back as itself.
    @Test(arguments: values)
    func roundTrips(value: String) throws {
        for style in [ScalarStyle.plain, .singleQuoted, .doubleQuoted, .literal, .folded] {
            for accepted in [false, true] {
                let block = ScalarEmitter.render(value, style: style, context: .block, plainReadingAccepted: accepted)
                let blockDocument = YAMLReader.read(Array("k: \(block)  # c\nnext: 1\n".utf8))
                #expect(blockDocument.problems.isEmpty, "\(block)")
                #expect(blockDocument.root?["k"]?.text == value, "block \(style): \(block)")
                #expect(blockDocument.root?["next"]?.text == "1")

                let flow = ScalarEmitter.render(value, style: style, context: .flow, plainReadingAccepted: accepted)
                let flowDocument = YAMLReader.read(Array("k: [\(flow), x]\nm: {a: \(flow), b: y}\n".utf8))
                #expect(flowDocument.problems.isEmpty, "\(flow)")
                #expect(flowDocument.root?["k"]?.sequence?.map(\.text) == [value, "x"], "flow \(style): \(flow)")
                #expect(flowDocument.root?["m"]?["a"]?.text == value, "flow mapping \(style): \(flow)")

                // A plain result never reads as something else under YAML 1.1, unless accepted.
                if blockDocument.root?["k"]?.scalar?.style == .plain && !accepted {
                    #expect(YAML11Resolver.resolve(value) == .string, "\(value)")
                }
            }
        }
    }

    @Test(arguments: [
        ("社会", ScalarStyle.plain, false, "社会"),
        ("社会", .singleQuoted, false, "'社会'"),
        ("社会", .doubleQuoted, false, "\"社会\""),
        ("社会", .literal, false, "社会"),
        ("370000", .plain, false, "\"370000\""),
        ("2020-12-31", .plain, true, "2020-12-31"),
        ("2020-12-31", .plain, false, "\"2020-12-31\""),
        ("1", .plain, true, "1"),
        ("it's", .singleQuoted, false, "'it''s'"),
        ("a\tb", .singleQuoted, false, "'a\tb'"),
        ("a\u{7}b", .singleQuoted, false, "\"a\\ab\""),
        ("say \"hi\"\\", .doubleQuoted, false, "\"say \\\"hi\\\"\\\\\""),
        ("\u{7}\u{FEFF}\u{2028}", .doubleQuoted, false, "\"\\a\\uFEFF\\L\""),
        ("a: b", .plain, false, "\"a: b\""),
        ("https://a.cn", .plain, false, "https://a.cn"),
    ])
    func keepsTheStyleWherePossible(value: String, style: ScalarStyle, accepted: Bool, written: String) {
        #expect(ScalarEmitter.render(value, style: style, context: .block, plainReadingAccepted: accepted) == written)
    }

    @Test func flowContextQuotesIndicators() {
        #expect(ScalarEmitter.render("a,b", style: .plain, context: .flow, plainReadingAccepted: false) == "\"a,b\"")
        #expect(ScalarEmitter.render("https://a.cn", style: .plain, context: .flow, plainReadingAccepted: false) == "\"https://a.cn\"")
        #expect(ScalarEmitter.render("a,b", style: .plain, context: .block, plainReadingAccepted: false) == "a,b")
    }
}
