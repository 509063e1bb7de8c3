/// JUnit XML: one test case per file with findings, one failure per finding.
public enum JUnitReporter {
    public static func render(_ report: LintReport, language: Language) -> String {
        var byFile: [(String, [Diagnostic])] = []
        for d in report.diagnostics {
            if let last = byFile.last, last.0 == d.file {
                byFile[byFile.count - 1].1.append(d)
            } else {
                byFile.append((d.file, [d]))
            }
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"tongban\" tests=\"\(byFile.count)\" failures=\"\(byFile.count)\">\n"
        out += "  <testsuite name=\"tongban lint\" tests=\"\(byFile.count)\" failures=\"\(byFile.count)\">\n"
        for (file, diagnostics) in byFile {
            out += "    <testcase classname=\"tongban\" name=\"\(XML.escape(file))\">\n"
            for d in diagnostics {
                let message = d.message.text(language)
                out += "      <failure type=\"\(d.rule.rawValue)\" message=\"\(XML.escape(message))\">"
                out += XML.escape("\(d.file):\(d.range.start.line):\(d.range.start.column): \(d.severity.rawValue): \(message) [\(d.rule.rawValue)]")
                out += "</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
