/// JUnit XML, as ESLint's reporter writes it: one test case per file checked (and per other
/// file with a finding, such as a stray file), passing when the file has no finding, with one
/// failure per finding otherwise.
public enum JUnitReporter {
    public static func render(_ report: LintReport, language: Language) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for d in report.diagnostics { byFile[d.file, default: []].append(d) }
        let files = Set(report.checkedFiles).union(byFile.keys).sorted()
        let failing = byFile.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"tongban\" tests=\"\(files.count)\" failures=\"\(failing)\" errors=\"0\">\n"
        out += "  <testsuite name=\"tongban lint\" tests=\"\(files.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\">\n"
        for file in files {
            let name = XML.escape(VisibleText.escape(file))
            guard let diagnostics = byFile[file] else {
                out += "    <testcase classname=\"tongban\" name=\"\(name)\"/>\n"
                continue
            }
            out += "    <testcase classname=\"tongban\" name=\"\(name)\">\n"
            for d in diagnostics {
                let message = d.message.text(language)
                out += "      <failure type=\"\(d.rule.rawValue)\" message=\"\(XML.escape(message))\">"
                out += XML.escape(VisibleText.escape("\(d.file):\(d.range.start.line):\(d.range.start.column): ") + "\(d.severity.rawValue): \(message) [\(d.rule.rawValue)]")
                out += "</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
