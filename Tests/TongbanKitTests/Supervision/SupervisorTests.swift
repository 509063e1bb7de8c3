import Foundation
import Testing
@testable import TongbanKit

@Suite struct SupervisorTests {
    /// `Fixtures/supervision`: batch 2020 of 跨省通办 is complete in 台儿庄区 and overdue in 滕州市;
    /// a 区域 list names its own regions, one outside the jurisdiction; only 台儿庄区 has a
    /// `region.yaml`, with a 通办专窗 and no 帮办代办.
    static func registry() throws -> Registry {
        let url = try #require(Bundle.module.url(forResource: "supervision", withExtension: nil, subdirectory: "Fixtures"))
        return try RegistryLoader.load(from: DirectorySource(root: url.path))
    }

    static func day(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(parsing: text))
    }

    @Test func overdueInOneRegionCompleteInAnother() throws {
        let report = Supervisor.report(try Self.registry(), asOf: try Self.day("2021-07-01"))
        #expect(SupervisionJSONRenderer.render(report, pretty: false) == #"{"as_of":"2021-07-01","lists":["#
            + #"{"list":"kuasheng","name":"跨省通办","batches":["#
            + #"{"batch":"2020","name":"2020年底前实现","due":"2020-12-31","past_due":true,"entries":2,"matters":["shebaoka","hukou"],"cancelled":[],"regions":["#
            + #"{"region":"370405","name":"台儿庄区","implemented":2,"overdue":[],"unreadable":[]},"#
            + #"{"region":"370481","name":"滕州市","implemented":1,"overdue":[{"matter":"hukou","name":"户口迁移"}],"unreadable":[]}]},"#
            + #"{"batch":"2021","name":null,"due":"2021-12-31","past_due":false,"entries":1,"matters":["xueli"],"cancelled":[],"regions":["#
            + #"{"region":"370405","name":"台儿庄区","implemented":1,"overdue":[],"unreadable":[]},"#
            + #"{"region":"370481","name":"滕州市","implemented":0,"overdue":[],"unreadable":[]}]},"#
            + #"{"batch":null,"name":null,"due":null,"past_due":false,"entries":1,"matters":["paiwu"],"cancelled":[],"regions":["#
            + #"{"region":"370405","name":"台儿庄区","implemented":0,"overdue":[],"unreadable":[]},"#
            + #"{"region":"370481","name":"滕州市","implemented":0,"overdue":[],"unreadable":[]}]}]},"#
            + #"{"list":"quyu","name":"鲁南区域通办","batches":["#
            + #"{"batch":"2021","name":null,"due":"2021-06-30","past_due":true,"entries":1,"matters":["shebaoka"],"cancelled":[],"regions":["#
            + #"{"region":"370405","name":"台儿庄区","implemented":1,"overdue":[],"unreadable":[]},"#
            + #"{"region":"370102","name":"历下区","implemented":0,"overdue":[{"matter":"shebaoka","name":"社会保障卡申领"}],"unreadable":[]}]}]}],"#
            + #""regions":["#
            + #"{"region":"370102","name":"历下区","tongban_window":false,"assistance":false},"#
            + #"{"region":"370405","name":"台儿庄区","tongban_window":true,"assistance":false},"#
            + #"{"region":"370481","name":"滕州市","tongban_window":false,"assistance":false}],"#
            + #""exemption":{"overall":{"materials":0,"exempt":0,"percent":null},"lists":["#
            + #"{"list":"kuasheng","name":"跨省通办","matters":4,"materials":0,"exempt":0,"percent":null},"#
            + #"{"list":"quyu","name":"鲁南区域通办","matters":1,"materials":0,"exempt":0,"percent":null}],"regions":["#
            + #"{"region":"370102","name":"历下区","matters":0,"materials":0,"exempt":0,"percent":null},"#
            + #"{"region":"370405","name":"台儿庄区","matters":3,"materials":0,"exempt":0,"percent":null},"#
            + #"{"region":"370481","name":"滕州市","matters":1,"materials":0,"exempt":0,"percent":null}],"matters":["#
            + #"{"matter":"hukou","name":"户口迁移","materials":0,"exempt":0,"percent":null,"situations":[]},"#
            + #"{"matter":"paiwu","name":"排污许可","materials":0,"exempt":0,"percent":null,"situations":[]},"#
            + #"{"matter":"shebaoka","name":"社会保障卡申领","materials":0,"exempt":0,"percent":null,"situations":[]},"#
            + #"{"matter":"xueli","name":"学历公证","materials":0,"exempt":0,"percent":null,"situations":[]}]},"#
            + #""findings":[],"#
            + #""summary":{"overdue":2,"without_tongban_window":2,"without_assistance":3,"registry_errors":0,"unreadable":0,"findings":0},"schema_version":1}"#)
    }

    @Test func theDueDayItselfIsNotPastDue() throws {
        let report = Supervisor.report(try Self.registry(), asOf: try Self.day("2020-12-31"))
        #expect(report.overdueCount == 0)
        #expect(report.lists[0].batches[0].isPastDue == false)
        let after = Supervisor.report(try Self.registry(), asOf: try Self.day("2021-01-01"))
        #expect(after.overdueCount == 1)
    }

    @Test func countiesBelowTheJurisdictionAndRegionFolders() throws {
        #expect(Supervisor.regions(of: try Self.registry()) == ["370405", "370481"])
    }

    @Test func textMatchesTheGoldenFiles() throws {
        let report = Supervisor.report(try Self.registry(), asOf: try Self.day("2021-07-01"))
        for language in Language.allCases {
            try GoldenOutput.check(SupervisionTextRenderer(language: language, colour: false).render(report), "report.\(language.rawValue).txt", folder: "report")
            try GoldenOutput.check(SupervisionTextRenderer(language: language, colour: false, details: true).render(report), "report-details.\(language.rawValue).txt", folder: "report")
            try GoldenOutput.check(SupervisionMarkdownRenderer(language: language, details: true).render(report), "report-details.\(language.rawValue).md", folder: "report")
        }
        try GoldenOutput.check(SupervisionCSVRenderer.render(report), "report.csv", folder: "report")
        try GoldenOutput.check(SupervisionHTMLRenderer(language: .zh).render(report), "report.zh.html", folder: "report")
    }
}
