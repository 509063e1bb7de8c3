import Foundation
import Testing
@testable import TongbanKit

/// A registry written entirely in the forms that came before process steps with owners,
/// `transfer` and `region.yaml` (plain-string processes, windows in every implementation) lints
/// as it did: every finding of the rules that existed then is the same, to the column and the
/// word, no finding is an error, and `fmt` plans the same single rewrite. The only additions are
/// the warnings of the new rules, which say what the old forms could not.
@Suite struct OldFormsTests {
    static var root: String {
        get throws { try FixtureRegistryTests.fixture("old-forms") }
    }

    /// The rules added with the new forms.
    static let newRules: Set<RuleID> = [.jointHandling, .inconsistentStepTime, .incompleteForwarding, .missingTongbanWindow, .missingAssistance]

    /// `file line:column-line:column severity rule | en | zh`, recorded with the tongban built
    /// before the new forms existed (`tongban lint old-forms --format json`, both languages).
    static let before = [
        "matters/shili-diya.yaml 8:9-8:13 warning non-canonical | “收受分离” → “代收代办” (tongban fmt fixes it) | “收受分离” → “代收代办”（规范写法，tongban fmt 可修正）",
    ]

    static func line(_ d: Diagnostic) -> String {
        "\(d.file) \(d.range.start.line):\(d.range.start.column)-\(d.range.end.line):\(d.range.end.column) \(d.severity.rawValue) \(d.rule.rawValue) | \(d.message.en) | \(d.message.zh)"
    }

    @Test func oldRulesFindExactlyWhatTheyFoundBefore() throws {
        let registry = try Linter.lint(DirectorySource(root: Self.root))
        #expect(registry.diagnostics.filter { !Self.newRules.contains($0.rule) }.map(Self.line) == Self.before)
        #expect(!registry.diagnostics.contains { $0.severity == .error })
    }

    @Test func newRulesOnlyWarnAboutWhatTheOldFormsCannotSay() throws {
        let registry = try Linter.lint(DirectorySource(root: Self.root))
        let added = registry.diagnostics.filter { Self.newRules.contains($0.rule) }
            .map { "\($0.file):\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
        #expect(added == [
            "matters/shili-diya.yaml:8:9 incomplete-forwarding",
            "matters/shili-lianban.yaml:8:9 joint-handling",
            "matters/shili-shebaoka.yaml:8:15 incomplete-forwarding",
            "regions/370405/region.yaml:1:1 missing-assistance",
            "regions/370405/region.yaml:1:1 missing-tongban-window",
            "regions/370481/region.yaml:1:1 missing-assistance",
            "regions/370481/region.yaml:1:1 missing-tongban-window",
        ])
        #expect(registry.diagnostics.filter { Self.newRules.contains($0.rule) }.allSatisfy { $0.severity == .warning })
    }

    @Test func plainStepsAreStepsWithNoOwnerAndFmtLeavesThem() throws {
        let loaded = try RegistryLoader.loadFiles(from: DirectorySource(root: Self.root))
        let lianban = try #require(loaded.registry.matter("shili-lianban"))
        #expect(lianban.process.map(\.step.value) == ["迁入地受理", "迁出地核验", "迁入地办结"])
        #expect(lianban.process.allSatisfy { $0.by == nil && $0.time == nil && $0.applicant == nil })
        #expect(loaded.registry.matters.allSatisfy { $0.transfer.isEmpty })
        #expect(loaded.registry.regions.isEmpty)
        let rewrites = loaded.files.flatMap { file in file.rewrites.map { "\(file.file.path): \($0.original) → \($0.canonical)" } }
        #expect(rewrites == ["matters/shili-diya.yaml: 收受分离 → 代收代办"])
    }
}
