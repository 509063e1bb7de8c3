/// What a lint run found, ready for a reporter: paths as the user should see them.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// How many files were checked.
    public var fileCount: Int
    /// The files checked, as displayed, in path order (for reporters that list every file).
    public var checkedFiles: [String]
    public var toolVersion: String

    public init(diagnostics: [Diagnostic], fileCount: Int, checkedFiles: [String] = [], toolVersion: String) {
        self.diagnostics = diagnostics
        self.fileCount = fileCount
        self.checkedFiles = checkedFiles
        self.toolVersion = toolVersion
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
