import YAMLSource

/// `tongban fmt` over a located registry: the whole registry is loaded (material synonyms come
/// from `catalog/materials.yaml`), and only the selected files are formatted.
public enum RegistryFormatter {
    /// What formatting one file comes to.
    public enum Status: Sendable, Equatable {
        case unchanged
        case changed(original: [UInt8], formatted: [UInt8])
        /// Left alone because of YAML errors, which are given.
        case refused([Diagnostic])
        /// The file could not be read.
        case unreadable(Message)
        /// An internal check failed; the file is left alone.
        case failed(Message)
    }

    public struct FileResult: Sendable, Equatable {
        /// The file's path inside the registry.
        public var path: String
        public var status: Status

        public init(path: String, status: Status) {
            self.path = path
            self.status = status
        }
    }

    /// Formats the selected files in memory; writes nothing.
    /// - Throws: `RunFailure` when the registry cannot be listed or its schema is newer than
    ///   this tongban (its canonical forms may differ).
    public static func plan(_ location: RegistryLocation) throws -> [FileResult] {
        try plan(source: DirectorySource(root: location.root), selecting: location.selects)
    }

    /// Formats the files of `source` that `selects` names.
    public static func plan(source: any RegistrySource, selecting selects: @Sendable (String) -> Bool = { _ in true }) throws -> [FileResult] {
        let registry = try RegistryLoader.load(from: source)
        if registry.stoppedAtManifest, let newer = registry.diagnostics.first {
            throw RunFailure(newer.message)
        }
        let context = DecodingContext(materials: registry.catalog.materials)
        let files = registry.files.filter { selects($0.path) }
        return files.parallelMap { file in
            FileResult(path: file.path, status: format(file, source, context))
        }
    }

    private static func format(_ file: RegistryFile, _ source: any RegistrySource, _ context: DecodingContext) -> Status {
        let bytes: [UInt8]
        do {
            bytes = try source.read(file.path, limit: YAMLReader.maxFileSize)
        } catch let error as RunFailure {
            return .unreadable(error.message)
        } catch {
            return .unreadable(Message(zh: "\(error)", en: "\(error)"))
        }
        switch FileFormatter.format(bytes, as: file, context: context) {
        case .unchanged: return .unchanged
        case .formatted(let output): return .changed(original: bytes, formatted: output)
        case .refused(let errors): return .refused(errors)
        case .failed(let message): return .failed(message)
        }
    }

    /// Writes a changed file atomically, unless it changed on disk since it was read: the
    /// check is made after the new content is flushed, immediately before the rename (see
    /// `AtomicFile`). A symbolic link is written through to its target inside the registry.
    /// - Throws: `RunFailure` when the file cannot be written or changed meanwhile; it is then unchanged.
    public static func write(_ result: FileResult, in location: RegistryLocation) throws {
        guard case .changed(let original, let formatted) = result.status else { return }
        do {
            try AtomicFile.write(formatted, to: location.root + "/" + result.path, inside: location.root, expecting: .unchanged(original))
        } catch let error as RunFailure {
            // The library names the file by its absolute path; say it as the user gave it.
            throw RunFailure(Message(
                zh: error.message.zh.replacingOccurrences(of: location.root + "/" + result.path, with: location.display(result.path)),
                en: error.message.en.replacingOccurrences(of: location.root + "/" + result.path, with: location.display(result.path))))
        }
    }

    /// Removes the temporary files an interrupted run left in the folders of `results`
    /// (and the registry root). Returns their paths inside the registry.
    public static func removeLeftovers(of results: [FileResult], in location: RegistryLocation) -> [String] {
        var folders: Set<String> = [""]
        for result in results { folders.insert(result.path.contains("/") ? PathTools.parent(result.path) : "") }
        return folders.sorted().flatMap { folder in
            AtomicFile.removeLeftovers(in: folder.isEmpty ? location.root : location.root + "/" + folder)
                .map { folder.isEmpty ? $0 : folder + "/" + $0 }
        }
    }
}
