/// A rule's documentation and test: what it catches, why, and examples that must and must not trigger it.
public struct RuleDescription: Sendable {
    public let id: RuleID
    public let summary: Message
    public let rationale: Message
    /// Files that must not produce a finding of this rule.
    public let nonTriggering: [Example]
    /// Files whose findings of this rule must land exactly on the `↓` markers.
    public let triggering: [Example]

    public init(id: RuleID, summary: Message, rationale: Message, nonTriggering: [Example], triggering: [Example]) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.nonTriggering = nonTriggering
        self.triggering = triggering
    }

    public var severity: Severity { id.severity }
}

/// A file placed into the example registry; `↓` marks where each finding must start.
public struct Example: Sendable {
    public let path: String
    public let text: String

    public init(_ path: String, _ text: String) {
        self.path = path
        self.text = text
    }

    /// The marker that shows where a finding starts.
    public static let marker: Character = "↓"
}

/// A lint rule.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
}

/// A rule that looks across the whole decoded registry.
public protocol RegistryRule: Rule {
    static func check(_ registry: Registry, _ report: inout [Diagnostic])
}
