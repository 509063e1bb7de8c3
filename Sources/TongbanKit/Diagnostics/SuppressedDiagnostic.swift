/// A finding that is not reported, and why: a suppression comment's reason, or a baseline.
public struct SuppressedDiagnostic: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A `# tongban: disable-…` comment in the file (SARIF `inSource`).
        case inSource
        /// An entry of the baseline given with `--baseline` (SARIF `external`).
        case baseline
    }

    public var diagnostic: Diagnostic
    public var kind: Kind
    /// The comment's reason, or the baseline's file name.
    public var justification: String

    public init(diagnostic: Diagnostic, kind: Kind, justification: String) {
        self.diagnostic = diagnostic
        self.kind = kind
        self.justification = justification
    }
}
