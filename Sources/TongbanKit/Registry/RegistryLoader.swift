import YAMLSource

/// Reads a whole registry: classifies every path, decodes the files in parallel, then runs
/// the cross-file rules. A bad file is a finding for that file; every other file is still read.
public enum RegistryLoader {
    /// Loads the registry that `source` holds.
    /// - Throws: `SourceError` when the registry cannot be listed at all.
    public static func load(from source: any RegistrySource) throws -> Registry {
        let entries = try source.entries().sorted { $0.path < $1.path }
        var registry = Registry()
        var diagnostics: [Diagnostic] = []
        var jobs: [RegistryFile] = []
        // Where each path belongs does not depend on the others: work it out on all cores.
        let places = entries.parallelMap { FilePlace.of($0.path) }
        for (entry, place) in zip(entries, places) {
            classify(entry, place, jobs: &jobs, diagnostics: &diagnostics)
        }
        registry.files = jobs

        guard let manifestFile = jobs.first(where: { $0.kind == .manifest }) else {
            diagnostics.append(Diagnostic(file: "registry.yaml", range: .fileStart, severity: .error, rule: .schemaVersion, message: SchemaVersionRule.missing))
            return finish(registry, decoded: decodeAll(jobs, source), diagnostics)
        }
        let manifest = decode(manifestFile, source)
        if case .manifest(let m)? = manifest.model, let schema = m.schema, schema.value > Schemas.version {
            registry.manifest = m
            registry.diagnostics = [Diagnostic(file: manifestFile.path, range: schema.range, severity: .error, rule: .schemaVersion, message: SchemaVersionRule.newer(schema.value))]
            return registry
        }
        var decoded = decodeAll(jobs.filter { $0.kind != .manifest }, source)
        decoded.insert(manifest, at: 0)
        return finish(registry, decoded: decoded, diagnostics)
    }

    private static func classify(_ entry: SourceEntry, _ place: FilePlace, jobs: inout [RegistryFile], diagnostics: inout [Diagnostic]) {
        func access(_ message: Message) {
            diagnostics.append(Diagnostic(file: entry.path, range: .fileStart, severity: .error, rule: .fileAccess, message: message))
        }
        let looksLikeYAML = entry.path.hasSuffix(".yaml") || entry.path.hasSuffix(".yml")
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

    private static func decodeAll(_ files: [RegistryFile], _ source: any RegistrySource) -> [DecodedFile] {
        files.parallelMap { decode($0, source) }
    }

    /// Reads and decodes one file; a file that cannot be read is a `file-access` finding.
    static func decode(_ file: RegistryFile, _ source: any RegistrySource) -> DecodedFile {
        do {
            let bytes = try source.read(file.path, limit: YAMLReader.maxFileSize)
            var decoded = FileDecoder.decode(bytes, as: file)
            decoded.rewrites = []
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
        for rule in Rules.registryRules {
            rule.check(registry, &diagnostics)
        }
        registry.diagnostics = diagnostics.sorted(by: Diagnostic.sortKey)
        return registry
    }
}
