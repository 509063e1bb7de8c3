import Testing
@testable import TongbanKit

@Suite struct MatterIDMakerTests {
    @Test(arguments: [
        ("社会保障卡申领", "she-hui-bao-zhang-ka-shen-ling"),
        ("户口迁移", "hu-kou-qian-yi"),
        ("《学历》公证", "xue-li-gong-zheng"),
        ("ＡＢ１２证明", "ab12zheng-ming"),  // ICU puts no space between Latin and the first syllable
        ("Café  Ｘ（试点）", "cafe-x-shi-dian"),
        ("!!!", "matter"),
        // Words whose reading ICU gets wrong, alone and next to others.
        ("异地就医登记备案和结算", "yi-di-jiu-yi-deng-ji-bei-an-he-jie-suan"),
        ("居住地变更", "ju-zhu-di-bian-geng"),
        ("银行开户", "yin-hang-kai-hu"),
        ("重新申领", "chong-xin-shen-ling"),
        ("延长期限", "yan-chang-qi-xian"),
        ("公积金还款", "gong-ji-jin-huan-kuan"),
        ("西藏自治区", "xi-zang-zi-zhi-qu"),
        ("ＡＢ地", "ab-di"),
    ])
    func derivesTonelessPinyin(name: String, id: String) {
        #expect(MatterIDMaker.base(for: name) == id)
        #expect(Identifier.isValid(id))
    }

    @Test func cutsLongIdsTo64WithoutTrailingHyphen() {
        let id = MatterIDMaker.base(for: String(repeating: "内资企业及分支机构设立登记", count: 3))
        #expect(id.utf8.count <= 64)
        #expect(!id.hasSuffix("-"))
        #expect(id.hasPrefix("nei-zi-qi-ye-ji-fen-zhi-ji-gou-she-li-deng-ji-nei-zi"))
        #expect(Identifier.isValid(id))
    }

    @Test func addsANumberOnCollision() {
        #expect(MatterIDMaker.unique("hu-kou-qian-yi", taken: []) == "hu-kou-qian-yi")
        #expect(MatterIDMaker.unique("hu-kou-qian-yi", taken: ["hu-kou-qian-yi"]) == "hu-kou-qian-yi-2")
        #expect(MatterIDMaker.unique("hu-kou-qian-yi", taken: ["hu-kou-qian-yi", "hu-kou-qian-yi-2"]) == "hu-kou-qian-yi-3")
        let long = String(repeating: "a", count: 64)
        let next = MatterIDMaker.unique(long, taken: [long])
        #expect(next == String(repeating: "a", count: 62) + "-2")
        #expect(Identifier.isValid(next))
    }

    @Test func matchesNamesAcrossWidthAndSpacing() {
        #expect(MatterNameKey.of("社会保障卡 申领") == MatterNameKey.of("社会保障卡申领"))
        #expect(MatterNameKey.of("ＡＢ（试点）") == MatterNameKey.of("AB(试点)"))
        #expect(MatterNameKey.of("户口迁移") != MatterNameKey.of("户口迁入"))
    }
}
