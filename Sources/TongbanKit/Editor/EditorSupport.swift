import YAMLSource

/// What an editor integration (the language server) needs from the library and cannot get from
/// the commands' entry points: a registry read file by file, so one file can be decoded again on
/// its own, the cross-file findings of a registry, and `fmt`'s edits of chosen values.
public enum EditorSupport {
    /// The registry's files, decoded one by one (models and findings; values and rewrites dropped),
    /// as `RegistryLoader` reads them.
    public struct Load: Sendable {
        /// Every file of a known kind, in path order.
        public var files: [DecodedFile]
        /// Findings about entries that are not files to decode (stray files, unreadable entries,
        /// a missing `registry.yaml`).
        public var entryFindings: [Diagnostic]
        /// The material synonyms every matter was decoded with.
        public var context: DecodingContext
    }

    /// The file at `path` inside a registry, of the kind its place says; nil where no kind belongs.
    public static func registryFile(at path: String) -> RegistryFile? {
        RegistryFile(at: path)
    }

    /// Reads and decodes every file of `source` as the loader does (`RegistryLoader.decodeInOrder`),
    /// but on past a newer schema: the editor still shows each file's own findings.
    /// - Throws: `RunFailure` when the registry cannot be listed.
    public static func load(from source: any RegistrySource) throws -> Load {
        let entries = try source.entries().sorted { $0.path < $1.path }
        var classes = entries.parallelMap(EntryClass.of)
        var findings = EntryClass.findings(classes)
        let jobs = EntryClass.takeFiles(&classes)
        if !jobs.contains(where: { $0.kind == .manifest }) {
            findings.append(Diagnostic(file: "registry.yaml", range: .fileStart, severity: .error, rule: .schemaVersion, message: Message.missingManifest))
        }
        let (decoded, context) = RegistryLoader.decodeInOrder(jobs, source, .models)
        return Load(files: decoded, entryFindings: findings, context: context)
    }

    /// The material synonyms the matters of a registry are decoded with, from its catalog.
    public static func context(materials: [Catalog.MaterialName]) -> DecodingContext {
        DecodingContext(materials: materials)
    }

    /// The findings of the cross-file rules on `registry` (the same rules, in the same order, as
    /// `Linter.check` runs), unsorted.
    public static func crossFileFindings(_ registry: Registry) -> [Diagnostic] {
        Linter.crossFileFindings(registry)
    }

    /// Whether a manifest's schema is newer than this tongban reads (then nothing else is checked).
    public static func isNewerSchema(_ manifest: Manifest?) -> Bool {
        guard let schema = manifest?.schema else { return false }
        return schema.value > Schemas.version
    }

    /// The one finding of a registry whose manifest's schema is newer than this tongban reads.
    public static func newerSchemaFinding(_ manifest: Manifest?) -> Diagnostic? {
        guard let schema = manifest?.schema, schema.value > Schemas.version else { return nil }
        return Diagnostic(file: "registry.yaml", range: schema.range, severity: .error, rule: .schemaVersion, message: Message.newerSchema(schema.value, supported: Schemas.version))
    }

    /// The finding of a registry without `registry.yaml`.
    public static let missingManifestFinding = Diagnostic(file: "registry.yaml", range: .fileStart, severity: .error, rule: .schemaVersion, message: Message.missingManifest)

    /// The byte edits `fmt` makes for `rewrites` of the document `bytes` (whose tree is `root`),
    /// or nil when a rewrite matches no value of this text or the edits overlap.
    public static func formatEdits(_ bytes: [UInt8], root: Node, rewrites: [ScalarRewrite]) -> [TextEdit]? {
        guard let edits = try? EditPlanner(bytes: bytes, root: root).edits(for: rewrites),
              TextEdit.apply(edits, to: bytes) != nil else { return nil }
        return edits
    }
}
