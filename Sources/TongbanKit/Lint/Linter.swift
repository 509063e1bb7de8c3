/// Lint: the cross-file rules run on a loaded registry, and what a lint run reports.
public enum Linter {
    /// Loads the registry `source` holds and runs the cross-file rules on it.
    /// - Throws: `SourceError` when the registry cannot be listed.
    public static func lint(_ source: any RegistrySource, configuration: LintConfiguration = .default) throws -> Registry {
        check(try RegistryLoader.load(from: source), configuration: configuration)
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
    public static func crossFileFindings(_ registry: Registry) -> [Diagnostic] {
        let findings = Array(Rules.registryRules.indices).parallelMap { [registry] index in
            var found: [Diagnostic] = []
            Rules.registryRules[index].check(registry, &found)
            return found
        }
        return findings.flatMap { $0 }
    }

    /// - Throws: `SourceError` when the registry cannot be listed.
    ///
    /// The loaded registry (every file's model) is let go on another thread once the report is
    /// made: freeing a hundred thousand models takes a while, and the report is what is waited for.
    public static func run(_ location: RegistryLocation, version: String) throws -> LintReport {
        let registry = try lint(DirectorySource(root: location.root))
        let result = report(registry, location, version: version)
        releaseInBackground(registry)
        return result
    }

    /// The findings of `registry` that concern the selection, with paths as the user sees them.
    public static func report(_ registry: Registry, _ location: RegistryLocation, version: String) -> LintReport {
        let diagnostics = registry.diagnostics.filter { location.selects($0.file) }.map { d -> Diagnostic in
            var shown = d
            shown.file = location.display(d.file)
            return shown
        }
        let files = registry.files.reduce(0) { count, file in location.selects(file.path) ? count + 1 : count }
        return LintReport(diagnostics: diagnostics, fileCount: files, toolVersion: version)
    }
}
