/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
public enum GitHubReporter {
    /// GitHub shows at most this many annotations of each severity per step.
    public static let annotationsPerSeverity = 10

    /// A workflow command for every finding.
    /// - Parameter paths: turns a displayed path into one relative to the repository root, as
    ///   GitHub expects for an annotation.
    public static func render(_ report: LintReport, language: Language, paths: ArtifactPaths = ArtifactPaths(displayPrefix: "", repositoryPrefix: "")) -> String {
        report.diagnostics.map { command($0, language, paths) }.joined()
    }

    /// Commands for the first `annotationsPerSeverity` errors and warnings, and the rest as a
    /// markdown table for `$GITHUB_STEP_SUMMARY` (nil when nothing is left over).
    public static func render(_ report: LintReport, language: Language, paths: ArtifactPaths = ArtifactPaths(displayPrefix: "", repositoryPrefix: ""), stepSummary: Bool) -> (commands: String, summary: String?) {
        guard stepSummary else { return (render(report, language: language, paths: paths), nil) }
        var shown: [Severity: Int] = [:]
        var commands = "", rest: [Diagnostic] = []
        for d in report.diagnostics {
            if shown[d.severity, default: 0] < annotationsPerSeverity {
                shown[d.severity, default: 0] += 1
                commands += command(d, language, paths)
            } else {
                rest.append(d)
            }
        }
        guard !rest.isEmpty else { return (commands, nil) }
        let zh = language == .zh
        var table = zh
            ? "### tongban lint：另有 \(rest.count) 个问题未显示为注解\n\n| 文件 | 行 | 列 | 级别 | 规则 | 说明 |\n|---|---|---|---|---|---|\n"
            : "### tongban lint: \(rest.count) more findings than GitHub annotates\n\n| file | line | column | severity | rule | message |\n|---|---|---|---|---|---|\n"
        for d in rest {
            let severity = zh ? (d.severity == .error ? "错误" : "警告") : d.severity.rawValue
            table += "| \(MarkdownText.code(paths.repositoryPath(d.file))) | \(d.range.start.line) | \(d.range.start.column) | \(severity) | `\(d.rule.rawValue)` | \(MarkdownText.escape(d.message.text(language))) |\n"
        }
        return (commands, table)
    }

    private static func command(_ d: Diagnostic, _ language: Language, _ paths: ArtifactPaths) -> String {
        let properties = [
            "file=\(escapeProperty(VisibleText.escape(paths.repositoryPath(d.file))))",
            "line=\(d.range.start.line)",
            "col=\(d.range.start.column)",
            "endLine=\(d.range.end.line)",
            "endColumn=\(d.range.end.column)",
            "title=\(escapeProperty(d.rule.rawValue))",
        ].joined(separator: ",")
        return "::\(d.severity.rawValue) \(properties)::\(escapeData(d.message.text(language)))\n"
    }

    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
