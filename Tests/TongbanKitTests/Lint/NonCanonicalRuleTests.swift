import Testing
@testable import TongbanKit

@Suite struct NonCanonicalRuleTests {
    /// Where the `↓` markers of an example are, as `line:column` of the text without them.
    static func markers(_ text: String) -> [String] {
        var found: [String] = []
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if Character(scalar) == Example.marker {
                found.append("\(line):\(column)")
            } else if scalar == "\n" {
                line += 1; column = 1
            } else {
                column += 1
            }
        }
        return found
    }

    static func findings(_ example: Example) throws -> [String] {
        let registry = try RegistryLoader.load(from: ExampleRegistry.source(with: example))
        return registry.diagnostics.filter { $0.rule == .nonCanonical && $0.file == example.path }
            .map { "\($0.range.start.line):\($0.range.start.column)" }
    }

    @Test func triggeringExamplesAreReportedAtTheirMarkers() throws {
        for example in NonCanonicalRule.description.triggering {
            #expect(try Self.findings(example) == Self.markers(example.text), "\(example.path)")
        }
    }

    @Test func nonTriggeringExamplesAreCanonical() throws {
        for example in NonCanonicalRule.description.nonTriggering {
            #expect(try Self.findings(example).isEmpty, "\(example.path)")
        }
    }

    @Test func exampleRegistryIsCanonical() throws {
        let registry = try RegistryLoader.load(from: InMemorySource(texts: ExampleRegistry.files))
        #expect(registry.diagnostics.filter { $0.rule == .nonCanonical }.isEmpty)
    }
}
