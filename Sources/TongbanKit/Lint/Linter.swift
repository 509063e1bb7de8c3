/// Runs lint over a located registry: the whole registry is loaded, findings are kept for the selection.
public enum Linter {
    /// - Throws: `SourceError` when the registry cannot be listed.
    ///
    /// The loaded registry (every file's model) is let go on another thread once the report is
    /// made: freeing a hundred thousand models takes a while, and the report is what is waited for.
    public static func run(_ location: RegistryLocation, version: String) throws -> LintReport {
        let registry = try RegistryLoader.load(from: DirectorySource(root: location.root))
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
