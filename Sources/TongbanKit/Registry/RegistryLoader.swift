import YAMLSource

/// Reads a whole registry: classifies every path, decodes the files in parallel, then runs
/// the cross-file rules. A bad file is a finding for that file; every other file is still read.
public enum RegistryLoader {
    /// Loads the registry that `source` holds.
    /// - Throws: `SourceError` when the registry cannot be listed at all.
    public static func load(from source: any RegistrySource) throws -> Registry {
        try load(from: source, keepingFiles: false).registry
    }

    /// Loads the registry and keeps every file's decoded value and rewrites, for `fmt` and `export`.
    /// - Throws: `SourceError` when the registry cannot be listed at all.
    public static func loadFiles(from source: any RegistrySource) throws -> LoadedRegistry {
        try load(from: source, keepingFiles: true)
    }

    /// Decodes the manifest first (a newer schema stops everything), then the material catalog
    /// (its synonyms are part of decoding matters), then every other file in parallel.
    private static func load(from source: any RegistrySource, keepingFiles: Bool) throws -> LoadedRegistry {
        let entries = try source.entries().sorted { $0.path < $1.path }
        var registry = Registry()
        var diagnostics: [Diagnostic] = []
        var jobs: [RegistryFile] = []
        jobs.reserveCapacity(entries.count)
        // Where each path belongs does not depend on the others: work it out on all cores.
        let places = entries.parallelMap { FilePlace.of($0.path) }
        for (entry, place) in zip(entries, places) {
            classify(entry, place, jobs: &jobs, diagnostics: &diagnostics)
        }
        registry.files = jobs

        var first: [DecodedFile] = []
        if let manifestFile = jobs.first(where: { $0.kind == .manifest }) {
            let manifest = decode(manifestFile, source, .standalone, keepingFiles)
            if case .manifest(let m)? = manifest.model, let schema = m.schema, schema.value > Schemas.version {
                registry.manifest = m
                registry.diagnostics = [Diagnostic(file: manifestFile.path, range: schema.range, severity: .error, rule: .schemaVersion, message: SchemaVersionRule.newer(schema.value))]
                return LoadedRegistry(registry: registry, files: [], context: .standalone)
            }
            first.append(manifest)
        } else {
            diagnostics.append(Diagnostic(file: "registry.yaml", range: .fileStart, severity: .error, rule: .schemaVersion, message: SchemaVersionRule.missing))
        }
        var context = DecodingContext.standalone
        if let materialsFile = jobs.first(where: { $0.kind == .materials }) {
            let materials = decode(materialsFile, source, .standalone, keepingFiles)
            if case .materials(let names)? = materials.model { context = DecodingContext(materials: names) }
            first.append(materials)
        }
        var decoded = jobs.filter { $0.kind != .manifest && $0.kind != .materials }
            .parallelMap { [context] in decode($0, source, context, keepingFiles) }
        // `jobs` is in path order, so `decoded` is too: the files decoded first go in their
        // places, rather than copying and sorting 100,000 decoded files.
        for file in first {
            decoded.insert(file, at: insertionIndex(of: file.file.path, in: decoded))
        }
        guard keepingFiles else {
            // Handed over, not shared: `finish` moves each model out without copying the array.
            registry = finish(registry, decoded: consume decoded, diagnostics)
            return LoadedRegistry(registry: registry, files: [], context: context)
        }
        registry = finish(registry, decoded: decoded, diagnostics)
        return LoadedRegistry(registry: registry, files: decoded, context: context)
    }

    /// The index in `files` (sorted by path) before which a file at `path` keeps them sorted.
    static func insertionIndex(of path: String, in files: [DecodedFile]) -> Int {
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle].file.path < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func classify(_ entry: SourceEntry, _ place: FilePlace, jobs: inout [RegistryFile], diagnostics: inout [Diagnostic]) {
        func access(_ message: Message) {
            diagnostics.append(Diagnostic(file: entry.path, range: .fileStart, severity: .error, rule: .fileAccess, message: message))
        }
        // Only asked of the few entries that are not plain files.
        var looksLikeYAML: Bool { entry.path.hasSuffix(".yaml") || entry.path.hasSuffix(".yml") }
        switch entry.kind {
        case .directory: access(FileAccessRule.directory)
        case .linkedDirectory: access(FileAccessRule.linkedDirectory)
        case .linkOutside: if looksLikeYAML { access(FileAccessRule.linkOutside) }
        case .special: if looksLikeYAML { access(FileAccessRule.special) }
        case .file:
            switch place {
            case .kind(let kind, let id, let division):
                jobs.append(RegistryFile(path: entry.path, kind: kind, id: id, division: division))
            case .stray:
                diagnostics.append(Diagnostic(file: entry.path, range: .fileStart, severity: .warning, rule: .strayFile, message: StrayFileRule.message))
            case .ignored:
                break
            }
        }
    }

    /// Reads and decodes one file; a file that cannot be read is a `file-access` finding.
    /// Values and rewrites are dropped unless kept, so lint holds only the models.
    static func decode(_ file: RegistryFile, _ source: any RegistrySource, _ context: DecodingContext, _ keep: Bool) -> DecodedFile {
        do {
            let bytes = try source.read(file.path, limit: YAMLReader.maxFileSize)
            var decoded = FileDecoder.decode(bytes, as: file, context: context)
            if !keep {
                decoded.rewrites = []
                decoded.value = nil
            }
            return decoded
        } catch let error as SourceError {
            let diagnostic = Diagnostic(file: file.path, range: .fileStart, severity: .error, rule: .fileAccess, message: FileAccessRule.unreadable(error.message.zh, error.message.en))
            return DecodedFile(file: file, model: nil, diagnostics: [diagnostic], rewrites: [])
        } catch {
            let diagnostic = Diagnostic(file: file.path, range: .fileStart, severity: .error, rule: .fileAccess, message: FileAccessRule.unreadable("\(error)", "\(error)"))
            return DecodedFile(file: file, model: nil, diagnostics: [diagnostic], rewrites: [])
        }
    }

    /// Puts the decoded files together and runs the cross-file rules.
    /// Each model is moved out of `decoded` into the registry, so that only one copy is ever held.
    public static func finish(_ base: Registry, decoded: consuming [DecodedFile], _ earlier: [Diagnostic]) -> Registry {
        var registry = base
        var diagnostics = earlier
        var counts: [FileKind: Int] = [:]
        for index in decoded.indices { counts[decoded[index].file.kind, default: 0] += 1 }
        registry.lists.reserveCapacity(registry.lists.count + counts[.list, default: 0])
        registry.matters.reserveCapacity(registry.matters.count + counts[.matter, default: 0])
        registry.implementations.reserveCapacity(registry.implementations.count + counts[.implementation, default: 0])
        for index in decoded.indices {
            diagnostics += decoded[index].diagnostics
            let model = decoded[index].model
            decoded[index].model = nil
            switch model {
            case .manifest(let m)?: registry.manifest = m
            case .list(let l)?: registry.lists.append(l)
            case .matter(let m)?: registry.matters.append(m)
            case .implementation(let i)?: registry.implementations.append(i)
            case .divisions(let d)?: registry.catalog.divisions = d
            case .licenses(let l)?: registry.catalog.licenses = l
            case .materials(let m)?: registry.catalog.materials = m
            case nil: break
            }
        }
        // The rules only read the registry: each runs on its own, and their findings are joined
        // in rule order.
        let findings = Array(Rules.registryRules.indices).parallelMap { [registry] index in
            var found: [Diagnostic] = []
            Rules.registryRules[index].check(registry, &found)
            return found
        }
        for found in findings { diagnostics += found }
        registry.diagnostics = diagnostics.sorted(by: Diagnostic.sortKey)
        return registry
    }
}
