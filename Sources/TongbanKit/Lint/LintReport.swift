/// What a lint run found, ready for a reporter: paths as the user should see them.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// How many files were checked.
    public var fileCount: Int
    /// The files checked, as displayed, in path order (for reporters that list every file).
    public var checkedFiles: [String]
    public var toolVersion: String
    /// The findings a suppression comment or the baseline silenced, sorted: counted in the
    /// summary, listed with `--show-suppressed`, in SARIF as suppressed results.
    public var suppressed: [SuppressedDiagnostic] = []
    /// With `--baseline`: how many of its entries (for the files checked) matched no finding.
    public var baselineFixed: Int?
    /// With `--write-baseline`: the baseline of the findings reported, and how many findings of
    /// rules that cannot be baselined were left out of it.
    public var recordedBaseline: (baseline: Baseline, leftOut: Int)?
    /// Files checked because they refer to the files named or to files deleted since the last
    /// commit, as displayed (among `checkedFiles`); empty when the whole registry was checked.
    public var referring: [String]

    public init(diagnostics: [Diagnostic], fileCount: Int, checkedFiles: [String] = [], toolVersion: String, referring: [String] = []) {
        self.diagnostics = diagnostics
        self.fileCount = fileCount
        self.checkedFiles = checkedFiles
        self.toolVersion = toolVersion
        self.referring = referring
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    /// Silenced by comments.
    public var suppressedInSource: Int { suppressed.count { $0.kind == .inSource } }
    /// Silenced by the baseline.
    public var suppressedByBaseline: Int { suppressed.count { $0.kind == .baseline } }
}
