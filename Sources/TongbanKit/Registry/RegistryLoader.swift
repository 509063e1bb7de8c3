import YAMLSource

/// Reads a whole registry: classifies every path and decodes the files in parallel. A bad file is
/// a finding for that file; every other file is still read. It only loads: the cross-file rules
/// are the `Linter`'s.
public enum RegistryLoader {
    /// How much of each decoded file a load keeps.
    public enum Detail: Sendable {
        /// Every model whole: what checklists, the site and the editor read.
        case models
        /// The models, but each implementation only as far as the cross-file rules and the
        /// supervision report read it (`Implementation.crossFileFacts`): what lint and report
        /// need, in a fraction of the memory at national scale.
        case crossFileFacts
        /// Every model whole, and each file's validated value and rewrites (`fmt`, `export`).
        case files
    }

    /// Loads the registry that `source` holds, keeping `detail` of it.
    /// - Throws: `RunFailure` when the registry cannot be listed at all.
    public static func load(from source: any RegistrySource, keeping detail: Detail = .models) throws -> Registry {
        try load(from: source, detail == .files ? .models : detail).registry
    }

    /// Loads the registry and keeps every file's decoded value and rewrites, for `fmt` and `export`.
    /// - Throws: `RunFailure` when the registry cannot be listed at all.
    public static func loadFiles(from source: any RegistrySource) throws -> LoadedRegistry {
        try load(from: source, .files)
    }

    /// Decodes the manifest first (a newer schema stops everything), then the catalogues (the
    /// material names are part of decoding matters), then every other file in parallel.
    private static func load(from source: any RegistrySource, _ detail: Detail) throws -> LoadedRegistry {
        var start = try begin(source, detail)
        guard !start.registry.stoppedAtManifest else { return LoadedRegistry(registry: start.registry, files: [], context: .standalone) }
        let (decoded, context) = decodeInOrder(start.jobs, source, detail, start.first)
        start.first = [:]
        guard detail == .files else {
            // Handed over, not shared: `finish` moves each model out without copying the array.
            let registry = finish(start.registry, decoded: consume decoded, start.diagnostics)
            return LoadedRegistry(registry: registry, files: [], context: context)
        }
        let registry = finish(start.registry, decoded: decoded, start.diagnostics)
        return LoadedRegistry(registry: registry, files: decoded, context: context)
    }

    /// What every load starts from: the files to decode (in path order), the findings about
    /// entries that are not files of a known kind, and the manifest, decoded (by its index in
    /// `jobs`). A manifest with a newer schema stops here (`stoppedAtManifest`).
    private struct Start {
        var registry: Registry
        var jobs: [RegistryFile]
        var diagnostics: [Diagnostic]
        var first: [Int: DecodedFile]
    }

    private static func begin(_ source: any RegistrySource, _ detail: Detail) throws -> Start {
        let entries = try source.entries().sorted { $0.path < $1.path }
        var registry = Registry()
        // What each entry is does not depend on the others: work it out on all cores, then move
        // the files out, in order, on all cores too.
        var classes = entries.parallelMap(EntryClass.of)
        var diagnostics = EntryClass.findings(classes)
        let jobs = EntryClass.takeFiles(&classes)
        registry.files = jobs
        var first: [Int: DecodedFile] = [:]
        if let index = jobs.firstIndex(where: { $0.kind == .manifest }) {
            let manifest = decode(jobs[index], source, .standalone, detail)
            if case .manifest(let m)? = manifest.model, let newer = m.newerSchemaFinding(in: jobs[index].path) {
                registry.manifest = m
                registry.stoppedAtManifest = true
                registry.diagnostics = [newer]
                return Start(registry: registry, jobs: [], diagnostics: [], first: [:])
            }
            first[index] = manifest
        } else {
            diagnostics.append(Diagnostic(file: "registry.yaml", range: .fileStart, rule: .schemaVersion, message: Message.missingManifest))
        }
        return Start(registry: registry, jobs: jobs, diagnostics: diagnostics, first: first)
    }

    /// Loads the registry as `load(keeping: .crossFileFacts)` does and, on the way, hands every
    /// file's whole decoding (model and validated value) to `render`, on all cores, and what it
    /// returns to `emit`, on the calling thread, in the order `order` gives (the indices of the
    /// files it is handed, in path order, arranged as they are to be emitted): a stream of the
    /// registry that never holds more than `batch` files' values (`tongban export`).
    ///
    /// The manifest and the catalogues are decoded before anything else (the material names
    /// are part of decoding matters); `render` is given the catalogue. A manifest with a newer
    /// schema stops the load before anything is rendered. What `emit` throws stops it too.
    public static func stream<Piece: Sendable>(
        from source: any RegistrySource, batch: Int = 4096,
        order: ([RegistryFile]) -> [Int],
        render: @escaping @Sendable (DecodedFile, Catalog) -> Piece,
        emit: (Piece) throws -> Void
    ) throws -> Registry {
        var start = try begin(source, .files)
        guard !start.registry.stoppedAtManifest else { return start.registry }
        let jobs = start.jobs
        let (context, catalog) = decodeCatalogues(jobs, source, .files, into: &start.first)
        let order = order(jobs)
        var kept = [DecodedFile?](repeating: nil, count: jobs.count)
        for from in stride(from: 0, to: order.count, by: max(1, batch)) {
            let part = Array(order[from..<min(from + max(1, batch), order.count)])
            let done = part.parallelMap { [context, catalog, first = start.first] index in
                var file = first[index] ?? decode(jobs[index], source, context, .files)
                let piece = render(file, catalog)
                reduce(&file, to: .crossFileFacts)
                return (piece, file)
            }
            for (index, (piece, file)) in zip(part, done) {
                try emit(piece)
                kept[index] = file
            }
        }
        return finish(start.registry, decoded: kept.compactMap { $0 }, start.diagnostics)
    }

    /// Decodes `jobs` (in path order) as the registry needs: the catalogues first, since matters
    /// are decoded with the material catalog's synonyms, then every other file in parallel;
    /// files already decoded (`first`, by index) keep their places. Returns the files and the
    /// synonyms used.
    static func decodeInOrder(_ jobs: [RegistryFile], _ source: any RegistrySource, _ keep: Detail, _ already: [Int: DecodedFile] = [:]) -> (files: [DecodedFile], context: DecodingContext) {
        var first = already
        let (context, _) = decodeCatalogues(jobs, source, keep, into: &first)
        let decoded = Array(jobs.indices).parallelMap { [context, first] index in
            first[index] ?? decode(jobs[index], source, context, keep)
        }
        return (decoded, context)
    }

    /// Decodes the catalogues of `jobs` not yet in `first` into it: the material catalog on its
    /// own, the others with its synonyms. Returns the synonyms every other file is decoded
    /// with, and the catalogue.
    private static func decodeCatalogues(_ jobs: [RegistryFile], _ source: any RegistrySource, _ keep: Detail, into first: inout [Int: DecodedFile]) -> (DecodingContext, Catalog) {
        var context = DecodingContext.standalone
        var catalog = Catalog()
        for kind in [FileKind.materials, .divisions, .licenses] {
            guard let index = jobs.firstIndex(where: { $0.kind == kind }) else { continue }
            let decoded = first[index] ?? decode(jobs[index], source, kind == .materials ? .standalone : context, keep)
            switch decoded.model {
            case .materials(let names)?:
                catalog.materials = names
                context = DecodingContext(materials: names)
            case .divisions(let d)?: catalog.divisions = d
            case .licenses(let l)?: catalog.licenses = l
            default: break
            }
            first[index] = decoded
        }
        return (context, catalog)
    }

    /// Reads and decodes one file; a file that cannot be read is a `file-access` finding.
    /// What `keep` does not ask for is dropped here, on the worker, so that it never piles up.
    static func decode(_ file: RegistryFile, _ source: any RegistrySource, _ context: DecodingContext, _ keep: Detail) -> DecodedFile {
        let bytes: [UInt8]
        do {
            bytes = try source.read(file.path, limit: YAMLReader.maxFileSize)
        } catch {
            return DecodedFile.unreadable(file, error)
        }
        var decoded = FileDecoder.decode(bytes, as: file, context: context)
        if SuppressionComments.mayHoldDirective(bytes) {
            let (suppressions, findings) = SuppressionComments.scan(bytes, file: file.path)
            decoded.suppressions = suppressions
            decoded.diagnostics += findings
        }
        reduce(&decoded, to: keep)
        return decoded
    }

    /// Drops from `file` what `keep` does not ask for.
    private static func reduce(_ file: inout DecodedFile, to keep: Detail) {
        guard keep != .files else { return }
        file.rewrites = []
        file.value = nil
        if keep == .crossFileFacts, case .implementation(let implementation)? = file.model {
            file.model = .implementation(implementation.crossFileFacts)
        }
    }

    /// Puts the decoded files together, with their findings sorted.
    /// Each model is moved out of `decoded` into the registry, so that only one copy is ever held.
    public static func finish(_ base: Registry, decoded: consuming [DecodedFile], _ earlier: [Diagnostic]) -> Registry {
        var registry = base
        var diagnostics = earlier
        var lists = 0, matters = 0, implementations = 0
        for index in decoded.indices {
            switch decoded[index].file.kind {
            case .list: lists += 1
            case .matter: matters += 1
            case .implementation: implementations += 1
            case .manifest, .region, .divisions, .licenses, .materials: break
            }
        }
        registry.lists.reserveCapacity(registry.lists.count + lists)
        registry.matters.reserveCapacity(registry.matters.count + matters)
        registry.implementations.reserveCapacity(registry.implementations.count + implementations)
        for index in decoded.indices {
            if !decoded[index].diagnostics.isEmpty { diagnostics += decoded[index].diagnostics }
            if !decoded[index].suppressions.isEmpty { registry.suppressions[decoded[index].file.path] = decoded[index].suppressions }
            switch decoded[index].model.take() {
            case .manifest(let m)?: registry.manifest = m
            case .list(let l)?: registry.lists.append(l)
            case .matter(let m)?: registry.matters.append(m)
            case .implementation(let i)?: registry.implementations.append(i)
            case .region(let r)?: registry.regions.append(r)
            case .divisions(let d)?: registry.catalog.divisions = d
            case .licenses(let l)?: registry.catalog.licenses = l
            case .materials(let m)?: registry.catalog.materials = m
            case nil: break
            }
        }
        registry.diagnostics = diagnostics.sorted(by: Diagnostic.sortKey)
        return registry
    }
}
