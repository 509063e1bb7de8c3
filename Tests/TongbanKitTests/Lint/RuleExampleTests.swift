import Testing
@testable import TongbanKit

/// Every rule's own examples are its tests: triggering examples must produce findings of
/// that rule exactly at the `↓` markers, non-triggering ones none.
@Suite struct RuleExampleTests {
    static let descriptions = Rules.descriptions

    @Test(arguments: descriptions)
    func triggeringExamplesFireAtMarkers(_ rule: RuleDescription) throws {
        for example in rule.triggering {
            let registry = try Linter.lint(ExampleRegistry.source(with: example))
            let found = registry.diagnostics
                .filter { $0.rule == rule.id && $0.file == example.path }
                .map { "\($0.range.start.line):\($0.range.start.column)" }
            #expect(found == markers(in: example.text), "\(rule.id.rawValue) in \(example.path)")
            #expect(registry.diagnostics.filter { $0.rule == rule.id }.allSatisfy { $0.severity == rule.severity })
        }
    }

    @Test(arguments: descriptions)
    func nonTriggeringExamplesStayQuiet(_ rule: RuleDescription) throws {
        for example in rule.nonTriggering {
            let registry = try Linter.lint(ExampleRegistry.source(with: example))
            let found = registry.diagnostics.filter { $0.rule == rule.id }
            #expect(found.isEmpty, "\(rule.id.rawValue): \(found.map { "\($0.file):\($0.range.start)" })")
        }
    }

    @Test func exampleRegistryIsClean() throws {
        let registry = try Linter.lint(InMemorySource(texts: ExampleRegistry.files))
        #expect(registry.diagnostics.isEmpty, "\(registry.diagnostics)")
    }

    @Test func everyRuleHasATriggeringExampleOrATestElsewhere() {
        // file-access needs a real file system (links, folders, permissions): LoaderBadInputTests covers it.
        let covered: Set<RuleID> = [.fileAccess]
        for rule in Self.descriptions where !covered.contains(rule.id) {
            #expect(!rule.triggering.isEmpty, "\(rule.id.rawValue) has no triggering example")
        }
    }

    /// "line:column" of each `↓`, in the text with the markers removed.
    private func markers(in text: String) -> [String] {
        var result: [String] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "↓" {
                result.append("\(line):\(column)")
                continue
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return result
    }
}

extension RuleDescription: CustomTestStringConvertible {
    public var testDescription: String { id.rawValue }
}
