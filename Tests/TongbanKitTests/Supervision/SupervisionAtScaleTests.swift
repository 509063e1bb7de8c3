import Foundation
import Testing
@testable import TongbanKit

/// The text report stays readable with thousands of regions: past
/// `SupervisionTextRenderer.namedRegions` regions in a batch, only those with something left to
/// do are named and the complete ones counted; `--details` names every region.
@Suite struct SupervisionAtScaleTests {
    /// `Fixtures/supervision` with the 区域 list naming 16 regions: 370405 as before (it has
    /// shebaoka), 14 more that implement it, and 370102, which does not.
    static func report() throws -> SupervisionReport {
        let folder = try ScratchFolder(copying: Resources.fixture("supervision"))
        let more = (1...14).map { String(format: "3704%02d", 50 + $0) }
        var files: [String: String] = [:]
        for code in more { files["regions/\(code)/shebaoka.yaml"] = "agency: 合成行政审批服务局\n" }
        let codes = (["370405", "370102"] + more).map { "\"\($0)\"" }.joined(separator: ", ")
        files["lists/quyu.yaml"] = "name: 鲁南区域通办\nscope: 区域\nregions: [\(codes)]\nbasis:\n  - 测试文件\nbatches:\n  - id: \"2021\"\n    due: 2021-06-30\nentries:\n  - matter: shebaoka\n    batch: \"2021\"\n"
        try folder.write(files)
        let registry = try RegistryLoader.load(from: DirectorySource(root: folder.path), keeping: .crossFileFacts)
        return try Supervisor.report(registry, asOf: try #require(CalendarDate(parsing: "2022-01-01")), filter: SupervisionFilter(list: "quyu"))
    }

    @Test func pastTwelveRegionsOnlyTheIncompleteAreNamed() throws {
        let text = SupervisionTextRenderer(language: .zh, colour: false).render(try Self.report())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let regionLines = lines.filter { $0.hasPrefix("    3") }
        #expect(regionLines.count == 1)
        #expect(regionLines.first?.hasPrefix("    370102 ") == true)
        #expect(regionLines.first?.hasSuffix("已实施 0/1，逾期未实施 1 项") == true)
        #expect(lines.contains("    15/16 个地区已全部实施，1 个地区逾期未实施共 1 项"))
        #expect(lines.contains("    其余 15 个地区已全部实施（--details 逐一列出）"))
    }

    @Test func detailsNameEveryRegion() throws {
        let text = SupervisionTextRenderer(language: .en, colour: false, details: true).render(try Self.report())
        let regionLines = text.split(separator: "\n").filter { $0.hasPrefix("    3") && $0.contains(": implemented ") }
        #expect(regionLines.count == 16)
        #expect(!text.contains("other regions complete"))
    }

    @Test func englishCountsTheOthers() throws {
        let text = SupervisionTextRenderer(language: .en, colour: false).render(try Self.report())
        #expect(text.contains("\n    15 other regions complete (--details lists every region)\n"))
    }
}
