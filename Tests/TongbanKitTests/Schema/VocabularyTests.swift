import Foundation
import Testing
@testable import TongbanKit

@Suite struct VocabularyTests {
    @Test(arguments: [
        (Vocabulary.mode, "收受分离", "代收代办"),
        (Vocabulary.mode, "异地代收", "代收代办"),
        (Vocabulary.mode, "异地代收代办", "代收代办"),
        (Vocabulary.noFee, "免费", "不收费"),
        (Vocabulary.noFee, "无", "不收费"),
        (Vocabulary.noFee, "0", "不收费"),
        (Vocabulary.noFee, "０", "不收费"),
        (Vocabulary.immediate, "即时办结", "即办"),
        (Vocabulary.medium, "纸质+电子", "纸质或电子"),
        (Vocabulary.medium, "纸质＋电子", "纸质或电子"),
        (Vocabulary.medium, " 纸质 ", "纸质"),
        (Vocabulary.materialForm, "原件及复印件", "原件和复印件"),
        (Vocabulary.necessity, "容缺", "容缺后补"),
        (Vocabulary.audience, "个人", "自然人"),
    ])
    func aliasesBecomeTheirTerm(vocabulary: Vocabulary, raw: String, term: String) {
        #expect(vocabulary.canonical(raw) == term)
    }

    @Test func aliasTableIsWellFormed() {
        for vocabulary in Vocabulary.all {
            #expect(Set(vocabulary.terms).count == vocabulary.terms.count, "\(vocabulary.name)")
            for (alias, term) in vocabulary.aliases {
                #expect(vocabulary.terms.contains(term), "\(vocabulary.name): \(alias) → \(term)")
                #expect(!vocabulary.terms.contains(alias), "\(vocabulary.name): \(alias) is a term")
                #expect(TextNormalizer.normalize(alias) == alias, "\(vocabulary.name): alias \(alias) is not normalized")
            }
            for term in vocabulary.terms {
                #expect(TextNormalizer.normalize(term) == term)
            }
        }
        #expect(Set(Vocabulary.all.map(\.name)).count == Vocabulary.all.count)
    }

    @Test func unknownTextIsNotATerm() {
        #expect(Vocabulary.mode.canonical("网上申请") == nil)
        #expect(Vocabulary.noFee.canonical("收费") == nil)
    }

    /// docs/aliases.md is generated from the vocabularies; regenerate with TONGBAN_UPDATE_GOLDEN=1.
    @Test func aliasDocumentIsUpToDate() throws {
        let path = Resources.packageRoot.appendingPathComponent("docs/aliases.md")
        try Resources.expectGolden(AliasDocument.markdown(), "aliases.md", sourcePath: path)
    }
}
