import Foundation
import Testing
@testable import TongbanKit

/// 免提交 counts on `Fixtures/exemption`, whose numbers are worked out here by hand.
///
/// Licences in the catalog: resident-id-card, household-register, business-license.
///
/// `shebaoka` (situations 首次申领, 补领):
///   1. 居民身份证  必要            resident-id-card    all       counted, 免提交
///   2. 居民户口簿  (not written)   household-register  首次申领  counted, 免提交
///   3. 照片        必要            —                   all       counted
///   4. 旧社会保障卡 容缺后补        old-card (not in the catalog)  补领  counted, not 免提交
///   5. 委托书      非必要          resident-id-card    all       not counted
///   whole matter: 1–4 → 4 materials, 2 免提交 (50 %);
///   首次申领: 1, 2, 3 → 3, 2 免提交 (67 %); 补领: 1, 3, 4 → 3, 1 免提交 (33 %).
/// `yingye`: 营业执照 (business-license, 免提交), 申请表 → 2, 1 (50 %).
/// `kong`: no materials → 0, 0, no rate.
/// `quxiao`: cancelled (取消), 1 material, 1 免提交 — left out of lists, regions and the total.
///
/// kuasheng holds shebaoka, quxiao, yingye, kong → counted: shebaoka + yingye + kong = 6, 3.
/// quyu holds shebaoka → 4, 2. All matters (shebaoka, yingye, kong) → 6, 3.
/// 370405 implements shebaoka and quxiao → 1 matter, 4, 2; 370481 yingye and kong → 2 matters, 2, 1.
@Suite struct ExemptionTests {
    static func registry() throws -> Registry {
        let url = try #require(Bundle.module.url(forResource: "exemption", withExtension: nil, subdirectory: "Fixtures"))
        return try RegistryLoader.load(from: DirectorySource(root: url.path))
    }

    static func report() throws -> SupervisionReport {
        Supervisor.report(try registry(), asOf: try #require(CalendarDate(parsing: "2022-01-01")))
    }

    @Test func perMatterAndSituation() throws {
        let registry = try Self.registry()
        let licenses = registry.catalog.licenseIDs
        let shebaoka = try #require(registry.matter("shebaoka"))
        #expect(shebaoka.exemption(licenses: licenses) == Exemption(materials: 4, exempt: 2))
        #expect(shebaoka.exemption(licenses: licenses, situation: "首次申领") == Exemption(materials: 3, exempt: 2))
        #expect(shebaoka.exemption(licenses: licenses, situation: "补领") == Exemption(materials: 3, exempt: 1))
        #expect(shebaoka.exemptionBySituation(licenses: licenses).map(\.situation) == ["首次申领", "补领"])
        #expect(try #require(registry.matter("yingye")).exemption(licenses: licenses) == Exemption(materials: 2, exempt: 1))
        let kong = try #require(registry.matter("kong")).exemption(licenses: licenses)
        #expect(kong == Exemption(materials: 0, exempt: 0))
        #expect(kong.rate == nil && kong.percent == nil)
        // Without the catalog nothing is 免提交.
        #expect(shebaoka.exemption(licenses: []) == Exemption(materials: 4, exempt: 0))
    }

    @Test func ratesRoundToWholePercent() {
        #expect(Exemption(materials: 3, exempt: 2).percent == 67)
        #expect(Exemption(materials: 3, exempt: 1).percent == 33)
        #expect(Exemption(materials: 8, exempt: 1).percent == 13)  // 12.5 rounds up
        #expect(Exemption(materials: 4, exempt: 4).percent == 100)
        #expect(Exemption(materials: 2, exempt: 1).rate == 0.5)
    }

    @Test func perListRegionAndOverallLeaveCancelledMattersOut() throws {
        let summary = try Self.report().exemption
        #expect(summary.overall == Exemption(materials: 6, exempt: 3))
        #expect(summary.lists.map { "\($0.id) \($0.matters) \($0.count.materials)/\($0.count.exempt)" } == ["kuasheng 3 6/3", "quyu 1 4/2"])
        #expect(summary.regions.map { "\($0.id) \($0.matters) \($0.count.materials)/\($0.count.exempt)" } == ["370405 1 4/2", "370481 2 2/1"])
        #expect(summary.matters.map(\.matter) == ["kong", "shebaoka", "yingye"])
        let shebaoka = try #require(summary.matters.first { $0.matter == "shebaoka" })
        #expect(shebaoka.situations.map { "\($0.situation) \($0.count.materials)/\($0.count.exempt)" } == ["首次申领 3/2", "补领 3/1"])
    }

    @Test func cancelledMattersAreNeverOverdue() throws {
        let report = try Self.report()
        let batch2020 = try #require(report.lists.first { $0.id == "kuasheng" }?.batches.first)
        #expect(batch2020.entries == ["shebaoka", "quxiao"])
        #expect(batch2020.cancelled == ["quxiao"])
        #expect(batch2020.dueCount == 1)
        // 370481 has implemented neither; only shebaoka is overdue there.
        #expect(batch2020.regions.map { "\($0.division) \($0.implemented) \($0.overdue.map(\.matter))" } == ["370405 1 []", "370481 0 [\"shebaoka\"]"])
        #expect(report.overdueCount == 3)
    }

    @Test func jsonCarriesTheCounts() throws {
        let json = SupervisionJSONRenderer.render(try Self.report(), pretty: false)
        #expect(json.contains(#""exemption":{"overall":{"materials":6,"exempt":3,"percent":50},"lists":[{"list":"kuasheng","name":"跨省通办","matters":3,"materials":6,"exempt":3,"percent":50},"#))
        #expect(json.contains(#"{"matter":"shebaoka","name":"社会保障卡申领","materials":4,"exempt":2,"percent":50,"situations":[{"situation":"首次申领","materials":3,"exempt":2,"percent":67},{"situation":"补领","materials":3,"exempt":1,"percent":33}]}"#))
        #expect(json.contains(#"{"matter":"kong","name":"无材料事项","materials":0,"exempt":0,"percent":null,"situations":[]}"#))
    }
}
