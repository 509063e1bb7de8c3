/// What a lint run found, ready for a reporter: paths as the user should see them.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// How many files were checked.
    public var fileCount: Int
    /// The files checked, as displayed, in path order (for reporters that list every file).
    public var checkedFiles: [String]
    public var toolVersion: String
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
}
