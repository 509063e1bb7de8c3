/// `path:line:col: severity: message [rule]`, the source line with a caret under the span, and a summary.
public struct TextReporter: Sendable {
    public var language: Language
    public var colour: Bool
    /// The text of a line of a file (as displayed), or nil when it cannot be read.
    public var sourceLine: @Sendable (_ file: String, _ line: Int) -> String?
    /// Whether to list the suppressed findings too (`--show-suppressed`), each with its reason.
    public var showSuppressed: Bool

    public init(language: Language, colour: Bool, showSuppressed: Bool = false, sourceLine: @escaping @Sendable (String, Int) -> String?) {
        self.language = language
        self.colour = colour
        self.showSuppressed = showSuppressed
        self.sourceLine = sourceLine
    }

    public func render(_ report: LintReport) -> String {
        var out = ""
        for d in report.diagnostics {
            out += render(d)
        }
        if showSuppressed {
            for s in report.suppressed {
                out += render(s.diagnostic, suppressed: s)
            }
        }
        out += summary(report) + "\n"
        return out
    }

    /// The finding on one line, without the source excerpt: `path:line:col: severity: message
    /// [rule]`, with the reason when it was suppressed.
    public func line(_ d: Diagnostic, suppressed: SuppressedDiagnostic? = nil) -> String {
        let severity = d.severity == .error
            ? paint(language == .zh ? "错误" : "error", "1;31")
            : paint(language == .zh ? "警告" : "warning", "1;33")
        let place = VisibleText.escape("\(d.file):\(d.range.start.line):\(d.range.start.column):")
        var note = ""
        if let suppressed {
            let why = VisibleText.escape(suppressed.justification)
            switch (suppressed.kind, language) {
            case (.inSource, .zh): note = paint("（已抑制：\(why)）", "2")
            case (.inSource, _): note = paint("(suppressed: \(why))", "2")
            case (.baseline, .zh): note = paint("（在基线 \(why) 中）", "2")
            case (.baseline, _): note = paint("(in baseline \(why))", "2")
            }
            note = " " + note
        }
        return "\(paint(place, "1")) \(severity): \(d.message.text(language)) \(paint("[\(d.rule.rawValue)]", "2"))\(note)"
    }

    private func render(_ d: Diagnostic, suppressed: SuppressedDiagnostic? = nil) -> String {
        var out = line(d, suppressed: suppressed) + "\n"
        if let line = sourceLine(d.file, d.range.start.line) {
            let number = String(d.range.start.line)
            let gutter = String(repeating: " ", count: number.count)
            let (shown, caret) = excerpt(line, d)
            out += " \(number) | \(shown)\n"
            out += " \(gutter) | \(caret)\n"
        }
        return out
    }

    /// The line as shown (control and bidi characters escaped, cut after `SourceExcerpts.width`
    /// scalars unless the span starts further right) and the caret line under it: spaces up to
    /// the start column (tabs kept, wide characters counted twice) and `^` under the span.
    private func excerpt(_ line: String, _ d: Diagnostic) -> (String, String) {
        let scalars = Array(line.unicodeScalars)
        let start = max(0, min(d.range.start.column - 1, scalars.count))
        let end = d.range.end.line == d.range.start.line ? max(start + 1, min(d.range.end.column - 1, scalars.count)) : max(start + 1, scalars.count)
        let shownEnd = min(scalars.count, max(SourceExcerpts.width, end + 20))
        var shown = "", pad = ""
        var width = 0
        for (index, s) in scalars[0..<shownEnd].enumerated() {
            let text = s == "\t" ? "\t" : VisibleText.escape(String(s))
            shown += text
            let cells = text.unicodeScalars.count > 1 ? text.unicodeScalars.count : TextWidth.of(s)
            if index < start { pad += s == "\t" ? "\t" : String(repeating: " ", count: cells) }
            else if index < end { width += cells }
        }
        if shownEnd < scalars.count { shown += "…" }
        return (shown, pad + paint(String(repeating: "^", count: max(1, width)), d.severity == .error ? "1;31" : "1;33"))
    }

    private func summary(_ report: LintReport) -> String {
        guard !report.referring.isEmpty else { return counts(report) }
        let files = report.referring.joined(separator: ", ")
        return language == .zh
            ? "另检查了引用所给文件或已删除文件的 \(report.referring.count) 个文件：\(report.referring.joined(separator: "、"))\n" + counts(report)
            : "also checked \(report.referring.count) file\(report.referring.count == 1 ? "" : "s") that refer to the files named or to deleted files: \(files)\n" + counts(report)
    }

    private func counts(_ report: LintReport) -> String {
        let (e, w, f) = (report.errorCount, report.warningCount, report.fileCount)
        let (inSource, known) = (report.suppressedInSource, report.suppressedByBaseline)
        if language == .zh {
            var line = e + w == 0 ? "检查了 \(f) 个文件，未发现问题" : "检查了 \(f) 个文件：\(e) 个错误，\(w) 个警告"
            if inSource > 0 { line += "；\(inSource) 个已由注释抑制" }
            if known > 0 { line += "；\(known) 个在基线中" }
            if let fixed = report.baselineFixed, fixed > 0 { line += "；基线中 \(fixed) 个已修复" }
            return line
        }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var line = e + w == 0 ? "no problems in \(plural(f, "file"))" : "\(plural(e, "error")), \(plural(w, "warning")) in \(plural(f, "file"))"
        if inSource > 0 { line += "; \(inSource) suppressed by comments" }
        if known > 0 { line += "; \(known) in the baseline" }
        if let fixed = report.baselineFixed, fixed > 0 { line += fixed == 1 ? "; 1 baseline entry fixed" : "; \(fixed) baseline entries fixed" }
        return line
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Display width of a scalar in a terminal: East Asian wide and full-width characters take two cells.
enum TextWidth {
    static func of(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
