/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
public enum GitHubReporter {
    /// - Parameter paths: turns a displayed path into one relative to the repository root, as
    ///   GitHub expects for an annotation.
    public static func render(_ report: LintReport, language: Language, paths: ArtifactPaths = ArtifactPaths(displayPrefix: "", repositoryPrefix: "")) -> String {
        report.diagnostics.map { d in
            let properties = [
                "file=\(escapeProperty(VisibleText.escape(paths.repositoryPath(d.file))))",
                "line=\(d.range.start.line)",
                "col=\(d.range.start.column)",
                "endLine=\(d.range.end.line)",
                "endColumn=\(d.range.end.column)",
                "title=\(escapeProperty(d.rule.rawValue))",
            ].joined(separator: ",")
            return "::\(d.severity.rawValue) \(properties)::\(escapeData(d.message.text(language)))\n"
        }.joined()
    }

    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
