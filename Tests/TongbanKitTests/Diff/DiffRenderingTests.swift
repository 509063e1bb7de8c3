import Foundation
import Testing
@testable import TongbanKit

@Suite struct DiffRenderingTests {
    /// c0 → c8: added, removed and changed entries, unlisted standards, a file that does not parse.
    /// c1 → c5: a removal, a batch move, materials and time limits, a rename.
    static let pairs = [("c0", "c8"), ("c1", "c5")]

    static func reports() throws -> [(name: String, report: DiffReport)] {
        let repo = try DiffScenario.repository()
        return try pairs.map { old, new in
            let (diff, _) = try RegistryDifferTests.json(repo, old, new)
            return ("\(old)-\(new)", DiffReport(diff: diff, old: DiffEndpoint(.revision(old), displayRoot: "standards"), new: DiffEndpoint(.revision(new), displayRoot: "standards")))
        }
    }

    @Test func textAndMarkdownMatchTheGoldenFiles() throws {
        for (name, report) in try Self.reports() {
            for language in Language.allCases {
                try GoldenOutput.check(DiffTextRenderer(language: language, colour: false).render(report), "\(name).\(language.rawValue).txt")
                try GoldenOutput.check(DiffMarkdownRenderer.render(report, language: language), "\(name).\(language.rawValue).md")
            }
        }
    }

    @Test func colourMarksEachKindOfChange() throws {
        let (_, report) = try #require(try Self.reports().last)
        let text = DiffTextRenderer(language: .zh, colour: true).render(report)
        #expect(text.contains("\u{1B}[31m- 取消    \u{1B}[0m xueli 学历公证：批次 2020\n"))
        #expect(text.contains("\u{1B}[33m~ 调整    \u{1B}[0m shebaoka 社会保障卡申领：申请材料、办结时限\n"))
        #expect(text.contains("\u{1B}[36m> 调整批次\u{1B}[0m paiwu 排污许可：批次 2020 → 批次 2021\n"))
    }

    @Test func noDifferences() throws {
        let report = DiffReport(
            diff: RegistryDiff(lists: [ListDiff(id: "kuasheng", name: "跨省通办")], unlisted: UnlistedDiff(), diagnostics: [], statistics: DiffStatistics(filesInScope: 0, unchangedFiles: 0, parsed: [])),
            old: DiffEndpoint(.revision("HEAD"), displayRoot: "standards"), new: DiffEndpoint(.workingTree, displayRoot: "standards"))
        #expect(DiffTextRenderer(language: .zh, colour: false).render(report) == "通办清单变化：HEAD → 工作区\n\n跨省通办：新增 0 项，取消 0 项，调整 0 项\n\n清单和事项标准均无变化（各地实施信息 regions/ 不在比较范围内）\n")
        #expect(DiffMarkdownRenderer.render(report, language: .en) == "### Changes to the 通办 lists: HEAD → working tree\n\n**跨省通办 (kuasheng): 0 added, 0 removed, 0 changed**\n\nno differences in the lists or the matters' standards (implementations under regions/ are not compared)\n")
    }

    @Test func markdownCellsAreEscaped() {
        #expect(DiffMarkdownRenderer.escape("a|b *c* <d>\nе") == "a\\|b \\*c\\* &lt;d&gt; е")
    }
}
