import Testing
import TongbanKit

/// Text quoted from a registry into any output: controls, bidi and invisible characters written out.
@Suite struct VisibleTextTests {
    @Test func controlBidiAndInvisibleCharactersAreWrittenOut() {
        #expect(VisibleText.escape("a\u{1B}[31mb\u{202E}c\u{0}d\u{200B}e\u{85}") == "a\\u{1B}[31mb\\u{202E}c\\u{0}d\\u{200B}e\\u{85}")
        #expect(VisibleText.escape("line\nbreak\ttab") == "line\\u{A}break\\u{9}tab")
    }

    @Test func ordinaryTextIsUnchanged() {
        #expect(VisibleText.escape("社会保障卡申领 𠀋（补领）《条例》") == "社会保障卡申领 𠀋（补领）《条例》")
    }

    @Test func messagesAreAlwaysOneSafeLine() {
        let message = Message(zh: "未知的键“\u{1B}]0;x\u{7}”", en: "unknown key “\u{1B}]0;x\u{7}”")
        #expect(message.text(.en) == "unknown key “\\u{1B}]0;x\\u{7}”")
        #expect(message.text(.zh) == "未知的键“\\u{1B}]0;x\\u{7}”")
    }
}
