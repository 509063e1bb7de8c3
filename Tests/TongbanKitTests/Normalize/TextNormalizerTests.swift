import Testing
@testable import TongbanKit

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        // Trimming and white space.
        ("  社会保障卡申领  ", "社会保障卡申领"),
        ("社会\t\t保障", "社会 保障"),
        ("社会\n  保障\n", "社会 保障"),
        ("示例　标准库", "示例 标准库"),  // ideographic space
        ("a\u{2028}b\u{85}c", "a b c"),
        // Full-width letters, digits and symbols to half-width.
        ("ＡＢ１２", "AB12"),
        ("ｈｔｔｐ", "http"),
        ("５０％", "50%"),
        ("Ｃ＋＋／Ｊａｖａ", "C++/Java"),
        ("＃１．", "#1."),
        // Chinese prose punctuation is kept.
        ("甲，乙；丙：丁！戊？", "甲，乙；丙：丁！戊？"),
        ("《中华人民共和国社会保险法》", "《中华人民共和国社会保险法》"),
        ("“跨省通办”。", "“跨省通办”。"),
        ("国办发〔2020〕35号", "国办发〔2020〕35号"),
        ("9:00～17:00", "9:00～17:00"),
        // Brackets around Chinese text become full-width; others stay.
        ("社会保障卡(补领)", "社会保障卡（补领）"),
        ("(试行)办法", "（试行）办法"),
        ("居民身份证(ID)", "居民身份证(ID)"),
        ("(2020)", "(2020)"),
        ("社保卡(IC卡)", "社保卡（IC卡）"),
        ("(社会（保障）)", "（社会（保障））"),
        ("(社会）", "（社会）"),
        ("（abc)", "（abc)"),
        ("a(b(社)c", "a(b（社）c"),
        ("未配对(社会", "未配对(社会"),
        ("（补领）", "（补领）"),
        // NFC.
        ("e\u{301}", "é"),
        ("\u{F900}", "\u{8C48}"),
        ("ｅ\u{301}", "é"),
    ])
    func normalizesText(raw: String, canonical: String) {
        #expect(TextNormalizer.normalize(raw) == canonical)
        #expect(TextNormalizer.normalize(canonical) == canonical)
    }

    @Test(arguments: [
        ("（０６３２）", "(0632)"),
        ("ＨＴＴＰＳ：／／ｘ", "HTTPS://x"),
        (" 370405 ", "370405"),
        ("ａｂ，ｃ", "ab,c"),
    ])
    func normalizesCodes(raw: String, canonical: String) {
        #expect(TextNormalizer.normalizeCode(raw) == canonical)
    }

    /// Normalizing twice gives what normalizing once gives, for text made of the tricky parts.
    @Test func isIdempotentOnGeneratedText() {
        let parts = ["(", ")", "（", "）", "社", "a", "Ａ", "１", " ", "　", "\t", "\n", "e", "\u{301}", "，", "＋", "《", "》", "\u{F900}", ":"]
        var random = SeededRandom(seed: 7)
        for _ in 0..<2000 {
            let text = (0..<random.next(upTo: 12)).map { _ in parts[random.next(upTo: parts.count)] }.joined()
            let once = TextNormalizer.normalize(text)
            #expect(TextNormalizer.normalize(once) == once, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(TextNormalizer.normalizeCode(TextNormalizer.normalizeCode(text)) == TextNormalizer.normalizeCode(text))
        }
    }
}

/// A small deterministic generator (SplitMix64), so generated tests repeat exactly.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func next(upTo bound: Int) -> Int {
        Int(nextUInt64() % UInt64(bound))
    }

    mutating func chance(_ percent: Int) -> Bool {
        next(upTo: 100) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[next(upTo: items.count)]
    }
}
