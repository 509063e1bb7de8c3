import Testing
import YAMLSource
@testable import TongbanKit

/// `.tongban.yaml`: every key, and every error at its position.
@Suite struct ConfigurationTests {
    private func parse(_ text: String) throws(ConfigurationError) -> LintConfiguration {
        try ConfigurationReader.parse(Array(text.utf8), file: ".tongban.yaml")
    }

    /// "line:column: message (en)" of each problem of `text`.
    private func problems(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.problems.map { "\($0.range.start.line):\($0.range.start.column): \($0.message.en)" }
        }
    }

    @Test func readsEveryKey() throws {
        let configuration = try parse("""
            strict: true
            rules:
              unlisted-matter: off
              non-canonical: error
              inconsistent-mode: warning
            overrides:
              - files: ["regions/3704*/**", matters/draft-*.yaml]
                rules:
                  unlisted-matter: warning
              - files: regions/370405
                rules: {non-canonical: off}

            """)
        #expect(configuration.strict == true)
        #expect(configuration.rules == [.unlistedMatter: .off, .nonCanonical: .error, .inconsistentMode: .warning])
        #expect(configuration.overrides.map { $0.files.map(\.pattern) } == [["regions/3704*/**", "matters/draft-*.yaml"], ["regions/370405"]])
        #expect(configuration.severity(of: .unlistedMatter, in: "matters/a.yaml", default: .warning) == nil)
        #expect(configuration.severity(of: .unlistedMatter, in: "regions/370481/a.yaml", default: .warning) == .warning)
        #expect(configuration.severity(of: .unlistedMatter, in: "matters/draft-x.yaml", default: .warning) == .warning)
        #expect(configuration.severity(of: .nonCanonical, in: "matters/a.yaml", default: .warning) == .error)
        #expect(configuration.severity(of: .nonCanonical, in: "regions/370405/a.yaml", default: .warning) == nil)
        #expect(configuration.severity(of: .nonCanonical, in: "regions/370481/a.yaml", default: .warning) == .error)
        #expect(configuration.severity(of: .unknownKey, in: "matters/a.yaml", default: .error) == .error)
        #expect(configuration.effectiveSeverity(of: .unlistedMatter) == nil)
        #expect(configuration.effectiveSeverity(of: .inconsistentMode) == .warning)
    }

    @Test func emptyAndCommentOnlyFilesAreTheDefaults() throws {
        #expect(try parse("").changesNoRule)
        #expect(try parse("# nothing yet\n").changesNoRule)
        #expect(try parse("strict: false\n").strict == false)
    }

    @Test func unknownKeysAndRulesHavePositionsAndSuggestions() {
        #expect(problems("strictt: true\nrules:\n  unlisted-mater: off\n") == [
            "1:1: unknown configuration key “strictt”; did you mean “strict”?",
            "3:3: there is no rule “unlisted-mater”; did you mean “unlisted-matter”?",
        ])
        #expect(problems("overrides:\n  - file: [x]\n    rules: {}\n") == [
            "2:5: unknown configuration key “file”; did you mean “files”?",
            "2:5: every entry of overrides needs “files”",
        ])
    }

    @Test func badValuesAreErrors() {
        #expect(problems("strict: yes\n") == ["1:9: “strict” must be true or false"])
        #expect(problems("strict: \"true\"\n") == ["1:9: “strict” must be true or false"])
        #expect(problems("rules:\n  stray-file: ignore\n") == ["2:15: a rule's setting “ignore” must be error, warning or off"])
        #expect(problems("rules: [stray-file]\n") == ["1:8: “rules” must be a mapping"])
        #expect(problems("overrides: {files: x}\n") == ["1:12: “overrides” must be a list"])
        #expect(problems("- rules\n") == ["1:1: the configuration must be a mapping (strict, rules, overrides)"])
        #expect(problems("overrides:\n  - files: [/etc/x, ../y, \"*a*a*a*a*a*a*a*a*\"]\n    rules: {}\n") == [
            "2:13: path pattern “/etc/x” must be relative to the registry (no leading /, no ..) with at most 8 wildcards",
            "2:21: path pattern “../y” must be relative to the registry (no leading /, no ..) with at most 8 wildcards",
            "2:27: path pattern “*a*a*a*a*a*a*a*a*” must be relative to the registry (no leading /, no ..) with at most 8 wildcards",
        ])
    }

    @Test(arguments: RuleID.allCases.filter { !$0.canBeTurnedOff })
    func fixedRulesCannotBeTurnedOffOrLowered(_ rule: RuleID) {
        #expect(problems("rules:\n  \(rule.rawValue): off\n") == ["2:\(rule.rawValue.count + 5): rule “\(rule.rawValue)” cannot be turned off or lowered (only error)"])
        #expect(problems("rules:\n  \(rule.rawValue): warning\n").count == 1)
        #expect(problems("rules:\n  \(rule.rawValue): error\n").isEmpty)
    }

    @Test func theFixedRulesAreTheOnesTheContractNames() {
        #expect(Set(RuleID.allCases.filter { !$0.canBeTurnedOff }) == [
            .yamlSyntax, .encoding, .limits, .fileAccess, .schemaVersion, .regionalDifference, .confusableText, .suppression,
        ])
    }

    @Test func yamlProblemsAreConfigurationErrors() {
        #expect(problems("rules:\n  stray-file: off\n  stray-file: error\n") == ["3:3: key “stray-file” repeats the one on line 2"])
        #expect(problems("rules: [\n").count == 1)
        #expect(problems("a: &x 1\n").first?.hasPrefix("1:4:") == true)
    }

    @Test func globs() {
        #expect(Glob("regions/3704*/**").matches("regions/370405/a.yaml"))
        #expect(!Glob("regions/3704*/**").matches("regions/370505/a.yaml"))
        #expect(Glob("regions/3704*").matches("regions/370405/a.yaml"))
        #expect(Glob("**/a.yaml").matches("regions/370405/a.yaml"))
        #expect(Glob("**/a.yaml").matches("a.yaml"))
        #expect(Glob("matters/?.yaml").matches("matters/b.yaml"))
        #expect(!Glob("matters/?.yaml").matches("matters/bb.yaml"))
        #expect(!Glob("matters/*.yaml").matches("lists/a.yaml"))
        #expect(!Glob("matters").matches("mattersx/a.yaml"))
    }
}
