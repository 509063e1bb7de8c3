/// Lint: the cross-file rules run on a loaded registry, and what a lint run reports.
public enum Linter {
    /// Loads the registry `source` holds and runs the cross-file rules on it. Only what those
    /// rules read is kept of each implementation (`RegistryLoader.Detail.crossFileFacts`).
    /// - Throws: `RunFailure` when the registry cannot be listed.
    public static func lint(_ source: any RegistrySource, configuration: LintConfiguration = .default) throws -> Registry {
        check(try RegistryLoader.load(from: source, keeping: .crossFileFacts), configuration: configuration)
    }

    /// `registry` with the findings of the cross-file rules added to its own, the configuration
    /// and the suppression comments applied (`FindingFilter`), sorted. A registry whose loading
    /// stopped at a newer schema is left as it is: no other file was read.
    public static func check(_ registry: Registry, configuration: LintConfiguration = .default) -> Registry {
        guard !registry.stoppedAtManifest else { return registry }
        var checked = registry
        checked.diagnostics += crossFileFindings(registry)
        FindingFilter.apply(configuration, to: &checked)
        checked.diagnostics.sort(by: Diagnostic.sortKey)
        return checked
    }

    /// The findings of the cross-file rules on `registry`, in rule order (unsorted). The rules
    /// only read the registry: each runs on its own core.
    ///
    /// A reference written as a plain scalar YAML 1.1 misreads (`matter: 2021`) has that finding
    /// already: an unknown reference at the same place is not reported again.
    public static func crossFileFindings(_ registry: Registry) -> [Diagnostic] {
        let findings = Array(Rules.registryRules.indices).parallelMap { [registry] index in
            var found: [Diagnostic] = []
            Rules.registryRules[index].check(registry, &found)
            return found
        }
        let misread = Set(registry.diagnostics.filter { $0.rule == .ambiguousScalar }.map { Place(file: $0.file, start: $0.range.start) })
        var all = findings.flatMap { $0 }
        if !misread.isEmpty {
            all = all.filter { $0.rule != .unknownReference || !misread.contains(Place(file: $0.file, start: $0.range.start)) }
        }
        return placedInYMLFiles(all, registry)
    }

    /// The rules name a file by its kind and id (`matters/<id>.yaml`); a finding about a file
    /// saved as `.yml` (itself a `file-name` error) names the file that is there.
    private static func placedInYMLFiles(_ findings: [Diagnostic], _ registry: Registry) -> [Diagnostic] {
        let yml = Set(registry.files.lazy.map(\.path).filter(FileNameRule.hasYMLSuffix))
        guard !yml.isEmpty else { return findings }
        let paths = Set(registry.files.map(\.path))
        return findings.map { finding in
            guard finding.file.hasSuffix(".yaml"), !paths.contains(finding.file) else { return finding }
            let candidate = String(finding.file.dropLast(".yaml".count)) + ".yml"
            guard yml.contains(candidate) else { return finding }
            var moved = finding
            moved.file = candidate
            return moved
        }
    }

    /// Where a finding starts.
    private struct Place: Hashable {
        let file: String
        let start: Mark
    }

    /// What a lint run applies besides the rules.
    public struct Adoption: Sendable {
        public var configuration: LintConfiguration
        /// Findings this baseline holds are not reported; `baselineName` is its file as shown.
        public var baseline: Baseline?
        public var baselineName: String
        /// Whether to record the baseline of what is reported (`--write-baseline`).
        public var recordBaseline: Bool

        public init(configuration: LintConfiguration = .default, baseline: Baseline? = nil, baselineName: String = "", recordBaseline: Bool = false) {
            self.configuration = configuration
            self.baseline = baseline
            self.baselineName = baselineName
            self.recordBaseline = recordBaseline
        }
    }

    /// - Throws: `RunFailure` when the registry cannot be listed.
    ///
    /// The loaded registry (every file's model) is let go on another thread once the report is
    /// made: freeing a hundred thousand models takes a while, and the report is what is waited for.
    /// - Parameter deleted: paths inside the registry deleted since the last commit: when files
    ///   are named, the files that refer to these are reported too.
    public static func run(_ location: RegistryLocation, version: String, adoption: Adoption = Adoption(), deleted: [String] = []) throws -> LintReport {
        let source = DirectorySource(root: location.root)
        var registry = try lint(source, configuration: adoption.configuration)
        var baselineFixed: Int?
        var recorded: (Baseline, Int)?
        if adoption.baseline != nil || adoption.recordBaseline {
            let selected = registry.diagnostics.filter { location.selects($0.file) }
            let entries = Baseline.entries(for: selected, source: source)
            if adoption.recordBaseline {
                let kept = zip(selected, entries).filter { $0.0.rule.canBeTurnedOff }.map(\.1)
                recorded = (Baseline(entries: kept), entries.count - kept.count)
            }
            if let baseline = adoption.baseline {
                let (new, known, fixed) = baseline.match(selected, entries: entries, selected: location.selects)
                registry.diagnostics = new
                registry.suppressed += known.map { SuppressedDiagnostic(diagnostic: $0, kind: .baseline, justification: adoption.baselineName) }
                registry.suppressed.sort { Diagnostic.sortKey($0.diagnostic, $1.diagnostic) }
                baselineFixed = fixed
            }
        }
        var result = report(registry, location, version: version, deleted: deleted)
        result.baselineFixed = baselineFixed
        result.recordedBaseline = recorded
        releaseInBackground(registry)
        return result
    }

    /// The findings of `registry` that concern the selection, with paths as the user sees them.
    ///
    /// When files or folders are named (as pre-commit names the changed files), the files that
    /// refer to them or to `deleted` files are reported too (`LintReport.referring`): what a
    /// change breaks elsewhere is part of the change.
    public static func report(_ registry: Registry, _ location: RegistryLocation, version: String, deleted: [String] = []) -> LintReport {
        let referring = location.selection.isEmpty ? [] : ReferenceGraph(registry).files(
            referringTo: { location.selects($0) || deleted.contains($0) }, excluding: location.selects)
        let shownReferring = Set(referring)
        let concerns = { (file: String) in location.selects(file) || shownReferring.contains(file) }
        func shown(_ d: Diagnostic) -> Diagnostic {
            var shown = d
            shown.file = location.display(d.file)
            return shown
        }
        let diagnostics = registry.diagnostics.filter { concerns($0.file) }.map(shown)
        let files = registry.files.filter { concerns($0.path) }.map { location.display($0.path) }
        var result = LintReport(diagnostics: diagnostics, fileCount: files.count, checkedFiles: files, toolVersion: version,
                                referring: referring.map(location.display))
        result.suppressed = registry.suppressed.filter { concerns($0.diagnostic.file) }.map { s in
            var moved = s
            moved.diagnostic = shown(s.diagnostic)
            return moved
        }
        return result
    }
}
