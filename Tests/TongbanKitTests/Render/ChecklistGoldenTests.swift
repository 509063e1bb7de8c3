import Foundation
import Testing
import TongbanKit

/// The rendered checklists and booklets of the synthetic registry, byte for byte.
@Suite struct ChecklistGoldenTests {
    /// A checklist to render: the matter, region and situation asked for, and its golden file's stem.
    struct Case: Sendable, CustomTestStringConvertible {
        var stem: String
        var matter: String
        var region: String?
        var situation: String?

        var testDescription: String { stem }
    }

    static let cases: [Case] = [
        Case(stem: "shebaoka-370405", matter: "shili-shebaoka", region: "370405"),
        Case(stem: "shebaoka-370481-buling", matter: "shili-shebaoka", region: "370481", situation: "补领"),
        Case(stem: "diya-370405", matter: "shili-diya", region: "370405"),
        Case(stem: "diya-standard", matter: "shili-diya"),
        Case(stem: "caogao-370405", matter: "shili-caogao", region: "370405"),
        Case(stem: "lianban-370405", matter: "shili-lianban", region: "370405"),
        Case(stem: "lianban-standard", matter: "shili-lianban"),
    ]

    static let extensions: [ChecklistFormat: String] = [.html: "html", .markdown: "md", .text: "txt"]

    @Test(arguments: cases, ChecklistFormat.allCases)
    func checklist(_ c: Case, format: ChecklistFormat) throws {
        let registry = try RenderFixtures.registry()
        let builder = ChecklistBuilder(registry: registry)
        let matter = try builder.matter(c.matter)
        let region = try c.region.map(builder.region)
        let checklist = try builder.checklist(for: matter, region: region, situation: c.situation, revisionDate: RenderFixtures.revisionDate)
        try GoldenFile.check(format.render(checklist), "checklist-\(c.stem).\(Self.extensions[format] ?? "")")
    }

    @Test(arguments: ChecklistFormat.allCases)
    func booklet(format: ChecklistFormat) throws {
        let registry = try RenderFixtures.registry()
        let builder = ChecklistBuilder(registry: registry)
        let dates = ["shili-shebaoka": RenderFixtures.revisionDate, "shili-diya": CalendarDate(year: 2023, month: 12, day: 31)]
        let booklet = try builder.booklet(list: try builder.list("kuasheng"), region: try builder.region("370405"), revisionDates: dates.compactMapValues { $0 })
        try GoldenFile.check(format.render(booklet), "booklet-kuasheng-370405.\(Self.extensions[format] ?? "")")
    }

    @Test(.disabled(if: GoldenFile.updating, "golden files are being rewritten"))
    func everyChecklistGoldenFileHasATest() throws {
        let expected = Set(Self.cases.flatMap { c in Self.extensions.values.map { "checklist-\(c.stem).\($0)" } }
            + Self.extensions.values.map { "booklet-kuasheng-370405.\($0)" })
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: GoldenFile.sourceFolder.path)
            .filter { $0.hasPrefix("checklist-") || $0.hasPrefix("booklet-") })
        #expect(present == expected)
    }
}
