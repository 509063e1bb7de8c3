import TongbanKit
import YAMLSource

/// The baseline the lint benchmark compares the loader with: the same directory walk, the same
/// reads and the same parallelism as `RegistryLoader`, but only libyaml's event loop per file
/// (no tree, no positions, no schema, no rules). Whatever lint takes beyond this is tongban's own work.
enum BareParse {
    /// What one bare pass saw.
    struct Summary: Sendable, Hashable {
        var files = 0
        var bytes = 0
        var events = 0
        /// Files libyaml stopped on, or that could not be read.
        var failures = 0
    }

    /// Runs libyaml over every `.yaml`/`.yml` file of `source`.
    /// - Throws: `RunFailure` when the folder cannot be listed.
    static func run(_ source: any RegistrySource) throws -> Summary {
        let paths = try source.entries()
            .filter { $0.kind == .file && ($0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".yml")) }
            .map(\.path)
            .sorted()
        let results = paths.parallelMap { path -> (bytes: Int, events: Int?) in
            guard let bytes = try? source.read(path, limit: YAMLReader.maxFileSize) else { return (0, nil) }
            return (bytes.count, YAMLReader.countEvents(bytes))
        }
        var summary = Summary()
        for result in results {
            summary.files += 1
            summary.bytes += result.bytes
            if let events = result.events { summary.events += events } else { summary.failures += 1 }
        }
        return summary
    }
}
