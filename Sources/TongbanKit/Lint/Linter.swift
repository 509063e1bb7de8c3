/// Lint: the cross-file rules run on a loaded registry, and what a lint run reports.
public enum Linter {
    /// Loads the registry `source` holds and runs the cross-file rules on it.
    /// - Throws: `SourceError` when the registry cannot be listed.
    public static func lint(_ source: any RegistrySource) throws -> Registry {
        check(try RegistryLoader.load(from: source))
    }

    /// `registry` with the findings of the cross-file rules added to its own, sorted. A registry
    /// whose loading stopped at a newer schema is left as it is: no other file was read.
    public static func check(_ registry: Registry) -> Registry {
        guard !registry.stoppedAtManifest else { return registry }
        var checked = registry
        checked.diagnostics += crossFileFindings(registry)
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

    /// - Throws: `SourceError` when the registry cannot be listed.
    ///
    /// The loaded registry (every file's model) is let go on another thread once the report is
    /// made: freeing a hundred thousand models takes a while, and the report is what is waited for.
    /// - Parameter deleted: paths inside the registry deleted since the last commit: when files
    ///   are named, the files that refer to these are reported too.
    public static func run(_ location: RegistryLocation, version: String, deleted: [String] = []) throws -> LintReport {
        let registry = try lint(DirectorySource(root: location.root))
        let result = report(registry, location, version: version, deleted: deleted)
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
        let diagnostics = registry.diagnostics.filter { concerns($0.file) }.map { d -> Diagnostic in
            var shown = d
            shown.file = location.display(d.file)
            return shown
        }
        let files = registry.files.filter { concerns($0.path) }.map { location.display($0.path) }
        return LintReport(diagnostics: diagnostics, fileCount: files.count, checkedFiles: files, toolVersion: version,
                          referring: referring.map(location.display))
    }
}
