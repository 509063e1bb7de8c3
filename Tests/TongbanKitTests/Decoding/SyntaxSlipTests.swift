import Testing
@testable import TongbanKit
import YAMLSource

/// The slips of a Chinese keyboard are findings of their own, at the character that causes them.
@Suite struct SyntaxSlipTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// rule, line, column (and end column) of the one finding.
        let rule: RuleID
        let line: Int
        let column: Int
        let endColumn: Int
        /// Words the Chinese and English messages contain.
        let zh: String
        let en: String
        /// Whether libyaml's own words are kept as detail.
        let libyamlDetail: Bool
        var testDescription: String { name }
    }

    static let head = "name: 示例\nstatus: 草稿\nsources:\n  - 合成\n"

    static let cases: [Case] = [
        Case(name: "full-width colon after a key", text: head + "department：公安部\nvisits: 0\n",
             rule: .yamlSyntax, line: 5, column: 11, endColumn: 12, zh: "全角冒号", en: "full-width colon", libyamlDetail: true),
        Case(name: "full-width colon on the last line", text: head + "department：公安部\n",
             rule: .yamlSyntax, line: 5, column: 11, endColumn: 12, zh: "全角冒号", en: "full-width colon", libyamlDetail: true),
        Case(name: "full-width colon in a list item's key", text: head + "materials:\n  - name：居民身份证\n    form: 原件\n",
             rule: .yamlSyntax, line: 6, column: 9, endColumn: 10, zh: "“name: ”", en: "“name: ”", libyamlDetail: true),
        Case(name: "no space after the colon", text: head + "department:公安部\nvisits: 0\n",
             rule: .yamlSyntax, line: 5, column: 11, endColumn: 12, zh: "冒号后缺少空格", en: "no space after the colon", libyamlDetail: true),
        Case(name: "a tab in the indentation", text: head + "time_limit:\n\tstatutory: 20个工作日\n",
             rule: .yamlSyntax, line: 6, column: 1, endColumn: 2, zh: "制表符", en: "a tab", libyamlDetail: true),
        Case(name: "a tab after spaces", text: head + "time_limit:\n  \tstatutory: 20个工作日\n",
             rule: .yamlSyntax, line: 6, column: 3, endColumn: 4, zh: "制表符", en: "a tab", libyamlDetail: true),
        Case(name: "full-width spaces before a list item", text: "name: 示例\nstatus: 草稿\nsources:\n\u{3000}\u{3000}- 合成\n",
             rule: .yamlSyntax, line: 4, column: 1, endColumn: 2, zh: "全角空格", en: "full-width space", libyamlDetail: true),
        Case(name: "full-width spaces before a key", text: head + "time_limit:\n\u{3000}\u{3000}statutory: 20个工作日\n",
             rule: .yamlSyntax, line: 6, column: 1, endColumn: 2, zh: "全角空格", en: "full-width space", libyamlDetail: false),
        Case(name: "an unclosed double quote", text: "name: \"示例\nstatus: 草稿\nsources:\n  - 合成\n",
             rule: .yamlSyntax, line: 1, column: 7, endColumn: 8, zh: "引号 \" 没有闭合", en: "quote \" is never closed", libyamlDetail: true),
        Case(name: "an unclosed single quote", text: head + "department: '公安部\n",
             rule: .yamlSyntax, line: 5, column: 13, endColumn: 14, zh: "引号 ' 没有闭合", en: "quote ' is never closed", libyamlDetail: true),
        Case(name: "an unclosed quote that a later quote closes", text: head + "department: \"公安部\nvisits: \"0\"\n",
             rule: .yamlSyntax, line: 5, column: 13, endColumn: 14, zh: "没有闭合", en: "never closed", libyamlDetail: true),
        Case(name: "a key indented deeper than its sibling", text: head + "time_limit:\n  statutory: 20个工作日\n   promised: 5个工作日\n",
             rule: .yamlSyntax, line: 7, column: 1, endColumn: 4, zh: "缩进 3 格", en: "indented by 3 spaces", libyamlDetail: true),
        Case(name: "a key indented at no open level", text: head + "time_limit:\n    statutory: 20个工作日\n  promised: 5个工作日\n",
             rule: .yamlSyntax, line: 7, column: 1, endColumn: 3, zh: "应为 4、0 格之一", en: "use one of 4, 0", libyamlDetail: true),
        Case(name: "a top-level key indented by one space", text: "name: 示例\n status: 草稿\nsources:\n  - 合成\n",
             rule: .yamlSyntax, line: 2, column: 1, endColumn: 2, zh: "应为 0 格）", en: "(use 0)", libyamlDetail: true),
        Case(name: "list items at two indentations", text: "name: 示例\nstatus: 草稿\nsources:\n   - 合成\n  - 合成二\n",
             rule: .yamlSyntax, line: 5, column: 1, endColumn: 3, zh: "缩进 2 格", en: "indented by 2 spaces", libyamlDetail: true),
    ]

    @Test(arguments: cases)
    func slipIsFoundWhereItIs(_ c: Case) throws {
        let file = try #require(RegistryFile(at: "matters/shili.yaml"))
        let decoded = FileDecoder.decode(Array(c.text.utf8), as: file)
        let finding = try #require(decoded.diagnostics.count == 1 ? decoded.diagnostics.first : nil,
                                   "findings: \(decoded.diagnostics.map { "\($0.range.start) \($0.rule.rawValue) \($0.message.en)" })")
        #expect(finding.rule == c.rule)
        #expect(finding.range.start.line == c.line)
        #expect(finding.range.start.column == c.column)
        #expect(finding.range.end.column == c.endColumn)
        #expect(finding.message.zh.contains(c.zh), "\(finding.message.zh)")
        #expect(finding.message.en.contains(c.en), "\(finding.message.en)")
        #expect(finding.message.en.contains("(libyaml: ") == c.libyamlDetail)
        #expect(finding.message.zh.contains("（libyaml：") == c.libyamlDetail)
        // The range starts at the byte of the character it names.
        let bytes = Array(c.text.utf8)
        let lineStart = bytes.indices.filter { $0 == 0 || bytes[$0 - 1] == 0x0A }[c.line - 1]
        let prefix = String(decoding: bytes[lineStart..<finding.range.start.offset], as: UTF8.self)
        #expect(prefix.unicodeScalars.count == c.column - 1)
    }

    @Test func slipIsFoundInCRLFTextAfterABOM() throws {
        let file = try #require(RegistryFile(at: "matters/shili.yaml"))
        let text = "\u{FEFF}name: 示例\r\ndepartment：公安部\r\nstatus: 草稿\r\n"
        let decoded = FileDecoder.decode(Array(text.utf8), as: file)
        let syntax = decoded.diagnostics.filter { $0.rule == .yamlSyntax }
        #expect(syntax.map(\.range.start) == [Mark(line: 2, column: 11, offset: 27)])
        #expect(decoded.diagnostics.filter { $0.rule == .encoding }.count == 2)
    }

    @Test func otherSyntaxErrorsKeepLibYAMLsPositionAndWords() throws {
        let file = try #require(RegistryFile(at: "matters/shili.yaml"))
        let decoded = FileDecoder.decode(Array("name: 示例\nitem: 申领: 补领\n".utf8), as: file)
        #expect(decoded.diagnostics.map { "\($0.range.start) \($0.rule.rawValue)" } == ["2:9 yaml-syntax"])
        #expect(decoded.diagnostics.first?.message.en == "YAML syntax error: mapping values are not allowed in this context")
    }

    @Test func blockScalarTextIsNotStructure() throws {
        let file = try #require(RegistryFile(at: "matters/shili.yaml"))
        // A colon inside a literal block is text; the slip is the over-indented key after it.
        let text = "name: 示例\nnote: |\n  注：以原件为准\nstatus: 草稿\n  sources: [x]\n"
        let decoded = FileDecoder.decode(Array(text.utf8), as: file)
        #expect(decoded.diagnostics.map { "\($0.range.start) \($0.rule.rawValue)" } == ["5:1 yaml-syntax"])
        #expect(decoded.diagnostics.first?.message.en.contains("indented by 2 spaces") == true)
    }
}
