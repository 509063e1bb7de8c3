/// The text of `tongban rules`, made from the rules' own descriptions.
public enum RulesDocument {
    /// One line per rule: id, severity as `configuration` sets it (`off` when turned off), summary,
    /// and the rule's own severity after it when the configuration changed it.
    public static func list(_ language: Language, configuration: LintConfiguration = .default) -> String {
        let width = RuleID.allCases.map(\.rawValue.count).max() ?? 0
        return Rules.descriptions.map { r in
            let id = r.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let effective = configuration.effectiveSeverity(of: r.id)
            let severity = (effective?.rawValue ?? "off").padding(toLength: 7, withPad: " ", startingAt: 0)
            let changed = effective == r.severity ? "" : (language == .zh ? "（默认 \(r.severity.rawValue)）" : " (default: \(r.severity.rawValue))")
            return "\(id)  \(severity)  \(r.summary.text(language))\(changed)\n"
        }.joined()
    }

    /// A rule's summary, rationale and examples (`↓` marks where a finding starts).
    public static func explain(_ r: RuleDescription, _ language: Language) -> String {
        var out = "\(r.id.rawValue) (\(r.severity.rawValue))\n\n\(r.summary.text(language))\n\n\(r.rationale.text(language))\n"
        if !r.id.canBeTurnedOff {
            out += language == .zh
                ? "\n此规则不能在 .tongban.yaml 中关闭或降级，也不能用注释抑制或列入基线。\n"
                : "\nThis rule cannot be turned off or lowered in .tongban.yaml, suppressed by a comment, or baselined.\n"
        }
        func section(_ title: String, _ examples: [Example]) {
            guard !examples.isEmpty else { return }
            out += "\n\(title)\n"
            for example in examples {
                out += "\n  # \(example.path)\n"
                out += lines(of: example).map { "  " + $0 }.joined(separator: "\n")
                out += "\n"
            }
        }
        section(language == .zh ? "会触发（↓ 处报告）：" : "Triggering (reported at ↓):", r.triggering)
        section(language == .zh ? "不会触发：" : "Not triggering:", r.nonTriggering)
        return out
    }

    /// The same as `explain`, in Markdown (for SARIF's `help.markdown`): the examples in fenced
    /// YAML blocks.
    public static func markdown(_ r: RuleDescription, _ language: Language) -> String {
        var out = "**\(r.id.rawValue)** (\(r.severity.rawValue)): \(r.summary.text(language))\n\n\(r.rationale.text(language))\n"
        func section(_ title: String, _ examples: [Example]) {
            guard !examples.isEmpty else { return }
            out += "\n\(title)\n"
            for example in examples {
                let body = lines(of: example)
                var fence = "```"
                while body.contains(where: { $0.contains(fence) }) { fence += "`" }
                out += "\n\(fence)yaml\n# \(example.path)\n" + body.joined(separator: "\n") + "\n\(fence)\n"
            }
        }
        section(language == .zh ? "会触发（↓ 处报告）：" : "Triggering (reported at ↓):", r.triggering)
        section(language == .zh ? "不会触发：" : "Not triggering:", r.nonTriggering)
        return out
    }

    /// An example's lines as shown: split at line feeds, with any other control character (a
    /// carriage return of a CRLF example, a NUL) written out, so the terminal shows each line.
    private static func lines(of example: Example) -> [String] {
        // Split by scalar: a CRLF is one Character, which a split at "\n" would never find.
        example.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { VisibleText.escape(String(String.UnicodeScalarView($0))) }
    }
}
