import YAMLSource

/// One finding: where, how serious, which rule, and what to do about it.
public struct Diagnostic: Sendable, Hashable {
    /// The file's path inside the registry, `/`-separated (`matters/x.yaml`).
    public var file: String
    public var range: SourceRange
    public var severity: Severity
    public var rule: RuleID
    public var message: Message

    public init(file: String, range: SourceRange, severity: Severity, rule: RuleID, message: Message) {
        self.file = file
        self.range = range
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// A finding of `rule`, with the severity `RuleID.severity` gives every finding of it.
    public init(file: String, range: SourceRange, rule: RuleID, message: Message) {
        self.init(file: file, range: range, severity: rule.severity, rule: rule, message: message)
    }

    /// Orders by file, line, column, then rule, so output is stable.
    public static func sortKey(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message.en < b.message.en
    }
}

/// Collects diagnostics for one file while it is decoded or checked.
public struct DiagnosticSink: Sendable {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    /// Records a finding of `rule` with the rule's severity.
    public mutating func report(_ rule: RuleID, at range: SourceRange, _ message: Message) {
        diagnostics.append(Diagnostic(file: file, range: range, rule: rule, message: message))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// Gives the finding recorded at position `index` another message.
    mutating func replaceMessage(at index: Int, with message: Message) {
        guard diagnostics.indices.contains(index) else { return }
        diagnostics[index].message = message
    }

    /// Drops the findings of `rule` recorded at or after position `start`.
    mutating func discard(_ rule: RuleID, since start: Int) {
        let kept = diagnostics[start...].filter { $0.rule != rule }
        diagnostics.replaceSubrange(start..., with: kept)
    }
}
