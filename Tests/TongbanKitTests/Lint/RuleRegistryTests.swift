import Foundation
import Testing
@testable import TongbanKit

@Suite struct RuleRegistryTests {
    @Test func everyRuleIDHasExactlyOneRule() {
        let ids = Rules.descriptions.map(\.id)
        #expect(ids.count == Set(ids).count)
        #expect(Set(ids) == Set(RuleID.allCases))
    }

    @Test func rulesAreSortedByID() {
        let ids = Rules.descriptions.map(\.id.rawValue)
        #expect(ids == ids.sorted())
    }

    @Test func everyRuleFileIsRegistered() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TongbanKit/Lint/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("Rule.swift") }.map { String($0.dropLast(6)) }.sorted()
        let registered = Rules.all.map { String(describing: $0) }.sorted()
        #expect(files == registered)
    }

    @Test func theDesignContractIDsExist() {
        let contract = [
            "yaml-syntax", "encoding", "duplicate-key", "yaml-alias", "ambiguous-scalar", "unknown-key",
            "missing-field", "invalid-type", "invalid-value", "invalid-check-digit", "unknown-reference",
            "duplicate-entry", "file-name", "regional-difference", "inconsistent-time-limit",
            "inconsistent-mode", "unlisted-matter", "non-canonical", "stray-file", "schema-version",
        ]
        for id in contract { #expect(RuleID(rawValue: id) != nil, "\(id)") }
        #expect(RuleID.inconsistentMode.severity == .warning)
        #expect(RuleID.unlistedMatter.severity == .warning)
        #expect(RuleID.nonCanonical.severity == .warning)
        #expect(RuleID.strayFile.severity == .warning)
        #expect(RuleID.regionalDifference.severity == .error)
    }
}
