import ArgumentParser
import TongbanKit

/// `--registry DIR` for commands that read a whole registry: by default the registry found
/// from the current folder upward, else ./standards.
struct RegistryOption: ParsableArguments {
    @Option(name: .long, help: "The registry (default: found from the current folder upward, else ./standards).", completion: .directory)
    var registry: String?

    /// Finds and loads the registry, keeping `detail` of it.
    /// - Throws: `CommandFailure` when there is no registry to read.
    func load(_ language: Language, keeping detail: RegistryLoader.Detail = .models) throws -> (location: RegistryLocation, registry: Registry) {
        do {
            let location = try locate()
            return (location, try RegistryLoader.load(from: DirectorySource(root: location.root), keeping: detail))
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
    }

    /// Finds the registry and lists its files, to load parts of it (`ListedSource.keeping`).
    /// - Throws: `CommandFailure` when there is no registry to read.
    func list(_ language: Language) throws -> (location: RegistryLocation, source: ListedSource) {
        do {
            let location = try locate()
            return (location, try ListedSource(DirectorySource(root: location.root)))
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
    }

    private func locate() throws -> RegistryLocation {
        try RegistryLocation.locate(paths: registry.map { [$0] } ?? [], cwd: PathTools.currentDirectory())
    }
}

/// A registry folder listed once, and loaded in parts: each part reads only the files it keeps,
/// through the folder's own reader (and its file policy).
struct ListedSource: Sendable {
    let folder: DirectorySource
    let entries: [SourceEntry]

    init(_ folder: DirectorySource) throws {
        self.folder = folder
        entries = try folder.entries()
    }

    /// The registry of the files `keep` accepts (by path inside the registry).
    /// - Throws: `CommandFailure` when a file that must be read cannot be.
    func load(keeping keep: (String) -> Bool, _ language: Language) throws -> Registry {
        do {
            return try RegistryLoader.load(from: Part(folder: folder, entries: entries.filter { keep($0.path) }))
        } catch let error as RunFailure {
            throw CommandFailure(error, language)
        }
    }

    private struct Part: RegistrySource {
        let folder: DirectorySource
        let kept: [SourceEntry]

        init(folder: DirectorySource, entries: [SourceEntry]) {
            self.folder = folder
            kept = entries
        }

        func entries() throws -> [SourceEntry] { kept }
        func read(_ path: String, limit: Int) throws -> [UInt8] { try folder.read(path, limit: limit) }
    }
}
