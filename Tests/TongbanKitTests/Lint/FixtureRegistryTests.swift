import Foundation
import Testing
@testable import TongbanKit

/// A synthetic registry with one finding of every kind gives every expected diagnostic in one run.
@Suite struct FixtureRegistryTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return url.path
    }

    /// (file, line, column, rule) of every finding, in report order.
    static let expected: [(String, Int, Int, RuleID)] = [
        ("catalog/divisions.yaml", 11, 11, .unknownReference),
        ("catalog/licenses.yaml", 3, 7, .duplicateEntry),
        ("lists/kuasheng.yaml", 10, 13, .duplicateEntry),
        ("lists/kuasheng.yaml", 11, 13, .unknownReference),
        ("lists/kuasheng.yaml", 13, 12, .unknownReference),
        ("lists/kuasheng.yaml", 15, 13, .ambiguousScalar),
        ("matters/Bad_Name.yaml", 1, 1, .fileName),
        ("matters/Bad_Name.yaml", 1, 1, .unlistedMatter),
        ("matters/bom.yaml", 1, 1, .encoding),
        ("matters/bom.yaml", 1, 1, .unlistedMatter),
        ("matters/deep.yaml", 4, 70, .limits),
        ("matters/folder.yaml", 1, 1, .fileAccess),
        ("matters/handling.yaml", 7, 9, .incompleteForwarding),
        ("matters/handling.yaml", 15, 13, .inconsistentStepTime),
        ("matters/handling.yaml", 21, 14, .incompleteForwarding),
        ("matters/handling.yaml", 24, 9, .jointHandling),
        ("matters/handling.yaml", 29, 16, .jointHandling),
        ("matters/incomplete.yaml", 1, 1, .missingField),
        ("matters/incomplete.yaml", 1, 1, .unlistedMatter),
        ("matters/keys.yaml", 1, 1, .unlistedMatter),
        ("matters/keys.yaml", 3, 1, .duplicateKey),
        ("matters/keys.yaml", 4, 1, .unknownKey),
        ("matters/keys.yaml", 5, 13, .invalidType),
        ("matters/keys.yaml", 6, 9, .invalidValue),
        ("matters/keys.yaml", 7, 9, .nonCanonical),
        ("matters/keys.yaml", 8, 8, .yamlAlias),
        ("matters/keys.yaml", 9, 10, .yamlAlias),
        ("matters/lonely.yaml", 1, 1, .unlistedMatter),
        ("matters/lonely.yaml", 4, 1, .suppression),
        ("matters/lonely.yaml", 5, 1, .unusedSuppression),
        ("matters/look-alike.yaml", 1, 1, .unlistedMatter),
        ("matters/look-alike.yaml", 2, 7, .confusableText),
        ("matters/look-alike.yaml", 2, 7, .confusableText),
        ("matters/no-mode.yaml", 1, 1, .inconsistentMode),
        // Over-indented: at the line that breaks the indentation, not at its colon (libyaml).
        ("matters/syntax.yaml", 3, 1, .yamlSyntax),
        ("matters/timing.yaml", 6, 13, .inconsistentTimeLimit),
        ("matters/timing.yaml", 7, 9, .inconsistentMode),
        ("notes/stray.yaml", 1, 1, .strayFile),
        ("regions/370405/good.yaml", 2, 14, .invalidCheckDigit),
        ("regions/370405/good.yaml", 3, 11, .inconsistentTimeLimit),
        ("regions/370405/good.yaml", 4, 1, .regionalDifference),
        ("regions/370405/handling.yaml", 2, 11, .inconsistentStepTime),
        ("regions/370405/region.yaml", 1, 1, .missingAssistance),
        ("regions/370405/region.yaml", 1, 1, .missingTongbanWindow),
        ("regions/370405/region.yaml", 4, 1, .regionalDifference),
        // 370499 has no region.yaml: its findings name the file it should have.
        ("regions/370499/region.yaml", 1, 1, .missingAssistance),
        ("regions/370499/region.yaml", 1, 1, .missingTongbanWindow),
        ("regions/370499/timing.yaml", 3, 11, .mixedTimeUnits),
        ("regions/379999/good.yaml", 1, 1, .fileName)
    ]

    @Test func everyFindingAtItsExactPosition() throws {
        let registry = try Linter.lint(DirectorySource(root: Self.fixture("all-errors")))
        let found = registry.diagnostics.map { "\($0.file):\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
        let want = Self.expected.map { "\($0.0):\($0.1):\($0.2) \($0.3.rawValue)" }
        #expect(found == want)
    }

    @Test func everyRuleButSchemaVersionIsExercised() throws {
        let rules = Set(Self.expected.map(\.3))
        #expect(rules == Set(RuleID.allCases).subtracting([.schemaVersion]))
    }

    @Test func newerSchemaIsRefusedWithOneFinding() throws {
        let registry = try Linter.lint(DirectorySource(root: Self.fixture("newer-schema")))
        #expect(registry.diagnostics.map(\.rule) == [.schemaVersion])
        #expect(registry.diagnostics.first?.range.start == Mark(line: 2, column: 9, offset: 54))
    }

    @Test func missingManifestIsASchemaVersionFinding() throws {
        let registry = try Linter.lint(InMemorySource(texts: ["matters/a.yaml": "name: 示例\nstatus: 草稿\nsources: [x]\n"]))
        #expect(registry.diagnostics.map { "\($0.file) \($0.rule.rawValue)" } == ["matters/a.yaml unlisted-matter", "registry.yaml schema-version"])
    }
}
