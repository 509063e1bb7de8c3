/// Something wrong with an import, found before anything is written.
public struct ImportProblem: Error, Sendable, Hashable {
    /// The CSV line the problem is on (1-based; the header is line 1), or nil when it concerns
    /// the registry or the command rather than a row.
    public var line: Int?
    public var message: Message

    public init(line: Int?, _ message: Message) {
        self.line = line
        self.message = message
    }
}

/// Every problem that stopped an import; nothing was written.
public struct ImportFailure: Error, Sendable {
    public var problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        self.problems = problems
    }
}
