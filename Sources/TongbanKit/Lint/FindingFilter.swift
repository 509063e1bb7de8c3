/// Applies a registry's configuration and its suppression comments to the findings of a file:
/// what is reported (at its configured severity), what a comment silenced, and an
/// `unused-suppression` warning for each rule a comment names that silenced nothing.
public enum FindingFilter {
    /// - Parameters:
    ///   - findings: the findings of `file` (a path inside the registry).
    ///   - suppressions: the file's suppression comments.
    public static func apply(
        _ findings: [Diagnostic], in file: String, suppressions: [Suppression], configuration: LintConfiguration
    ) -> (reported: [Diagnostic], suppressed: [SuppressedDiagnostic]) {
        var reported: [Diagnostic] = []
        var suppressed: [SuppressedDiagnostic] = []
        var used = Array(repeating: Set<RuleID>(), count: suppressions.count)
        for var finding in findings {
            guard let severity = configuration.severity(of: finding.rule, in: file, default: finding.severity) else { continue }
            finding.severity = severity
            var reason: String?
            for (index, suppression) in suppressions.enumerated() where suppression.covers(finding) {
                used[index].insert(finding.rule)
                reason = reason ?? suppression.reason
            }
            if let reason {
                suppressed.append(SuppressedDiagnostic(diagnostic: finding, kind: .inSource, justification: reason))
            } else {
                reported.append(finding)
            }
        }
        for (index, suppression) in suppressions.enumerated() {
            for rule in suppression.rules where !used[index].contains(rule) {
                let unused = Diagnostic(file: file, range: suppression.range, rule: .unusedSuppression, message: .unusedSuppression(rule, fileWide: suppression.scope == .file))
                guard let severity = configuration.severity(of: .unusedSuppression, in: file, default: unused.severity) else { continue }
                var shown = unused
                shown.severity = severity
                reported.append(shown)
            }
        }
        return (reported, suppressed)
    }

    /// `findings` at their configured severities, without those turned off.
    static func configured(_ findings: [Diagnostic], _ configuration: LintConfiguration) -> [Diagnostic] {
        findings.compactMap { finding in
            guard let severity = configuration.severity(of: finding.rule, in: finding.file, default: finding.severity) else { return nil }
            var shown = finding
            shown.severity = severity
            return shown
        }
    }

    /// `registry`'s findings with the configuration and suppression comments applied: the rest
    /// in `diagnostics`, the silenced in `suppressed`. Untouched when neither changes anything.
    static func apply(_ configuration: LintConfiguration, to registry: inout Registry) {
        guard !configuration.changesNoRule || !registry.suppressions.isEmpty else { return }
        if registry.suppressions.isEmpty {
            registry.diagnostics = configured(registry.diagnostics, configuration)
            return
        }
        var byFile: [String: [Diagnostic]] = [:]
        var kept: [Diagnostic] = []
        for finding in registry.diagnostics {
            if registry.suppressions[finding.file] != nil { byFile[finding.file, default: []].append(finding) } else { kept.append(finding) }
        }
        if !configuration.changesNoRule { kept = configured(kept, configuration) }
        var suppressed: [SuppressedDiagnostic] = []
        for (file, suppressions) in registry.suppressions {
            let result = apply(byFile[file] ?? [], in: file, suppressions: suppressions, configuration: configuration)
            kept += result.reported
            suppressed += result.suppressed
        }
        registry.diagnostics = kept
        registry.suppressed = suppressed.sorted { Diagnostic.sortKey($0.diagnostic, $1.diagnostic) }
    }
}
