import Foundation
import Testing
@testable import TongbanKit

/// Lint and report keep only an implementation's cross-file facts (`RegistryLoader.Detail`):
/// what they find must be exactly what they find on the whole models.
@Suite struct CrossFileFactsTests {
    static let fixtures = ["all-errors", "messy", "old-forms", "supervision", "checklist-registry", "exemption"]

    @Test(arguments: fixtures)
    func crossFileFindingsAreTheSameOnTheFacts(_ name: String) throws {
        let source = DirectorySource(root: Resources.fixture(name).path)
        let whole = try RegistryLoader.load(from: source, keeping: .models)
        let facts = try RegistryLoader.load(from: source, keeping: .crossFileFacts)
        let found = Linter.check(facts).diagnostics
        #expect(found == Linter.check(whole).diagnostics)
        #expect(Linter.crossFileFindings(facts) == Linter.crossFileFindings(whole))
    }

    /// The fixture with a finding of every kind has cross-file findings about implementations
    /// (a promise longer than the standard or than its steps), so the comparison above is not empty.
    @Test func theComparisonCoversImplementationFindings() throws {
        let facts = try RegistryLoader.load(from: DirectorySource(root: Resources.fixture("all-errors").path), keeping: .crossFileFacts)
        let aboutImplementations = Linter.crossFileFindings(facts).filter { $0.file.hasPrefix("regions/") }
        #expect(Set(aboutImplementations.map(\.rule)).isSuperset(of: [.inconsistentTimeLimit, .inconsistentStepTime]))
    }

    @Test func theFactsAreWhereWhichMatterAndThePromise() throws {
        let source = DirectorySource(root: Resources.fixture("messy").path)
        let whole = try RegistryLoader.load(from: source, keeping: .models)
        let facts = try RegistryLoader.load(from: source, keeping: .crossFileFacts)
        #expect(facts.implementations.count == whole.implementations.count)
        #expect(whole.implementations.contains { $0.agency != nil && !$0.windows.isEmpty })
        for (w, f) in zip(whole.implementations, facts.implementations) {
            #expect(f.division == w.division && f.matterID == w.matterID && f.promised == w.promised)
            #expect(f.agency == nil && f.windows.isEmpty && f.phone == nil && f.onlineURL == nil && f.sources.isEmpty)
        }
        #expect(facts.matters == whole.matters && facts.regions == whole.regions && facts.files == whole.files)
    }

    @Test func theSupervisionReportIsTheSameOnTheFacts() throws {
        let source = DirectorySource(root: Resources.fixture("supervision").path)
        let day = try #require(CalendarDate(parsing: "2023-01-01"))
        let whole = Supervisor.report(try RegistryLoader.load(from: source, keeping: .models), asOf: day)
        let facts = Supervisor.report(try RegistryLoader.load(from: source, keeping: .crossFileFacts), asOf: day)
        #expect(SupervisionJSONRenderer.render(facts, pretty: false) == SupervisionJSONRenderer.render(whole, pretty: false))
        #expect(whole.overdueCount > 0)
    }
}
