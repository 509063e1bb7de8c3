import YAMLSource

/// One file, read and decoded: its model (if it could be decoded) and its findings.
public struct DecodedFile: Sendable {
    /// Boxed (`indirect`): a matter is large, and a registry holds a decoded file per file.
    public indirect enum Model: Sendable {
        case manifest(Manifest)
        case list(ServiceList)
        case matter(Matter)
        case implementation(Implementation)
        case divisions([Catalog.Division])
        case licenses([Catalog.License])
        case materials([Catalog.MaterialName])
    }

    public var file: RegistryFile
    public var model: Model?
    public var diagnostics: [Diagnostic]
    /// Non-canonical scalars and their canonical text (for `fmt`).
    public var rewrites: [ScalarRewrite]
}

/// Turns the bytes of one file into its model and findings. Pure: no I/O.
public enum FileDecoder {
    public static func decode(_ bytes: [UInt8], as file: RegistryFile) -> DecodedFile {
        let document = YAMLReader.read(bytes)
        var diagnostics = document.problems.map { YAMLProblemReport.diagnostic($0, file: file.path) }
        var rewrites: [ScalarRewrite] = []
        var model: DecodedFile.Model?
        if let root = document.root, !(root.scalar?.isNull ?? false) {
            let (value, found, scalarRewrites) = SchemaValidator.validate(root: root, kind: file.kind, file: file.path)
            diagnostics += found
            rewrites = scalarRewrites
            model = makeModel(value, file)
        } else if !document.problems.contains(where: { YAMLProblemReport.endsParsing($0.kind) }) {
            diagnostics.append(Diagnostic(
                file: file.path, range: .fileStart, severity: .error, rule: .missingField,
                message: MissingFieldRule.emptyFile))
        }
        return DecodedFile(file: file, model: model, diagnostics: diagnostics, rewrites: rewrites)
    }

    private static func makeModel(_ value: Value, _ file: RegistryFile) -> DecodedFile.Model? {
        switch file.kind {
        case .manifest: value.object.map { .manifest(Manifest($0)) }
        case .list: value.object.map { .list(ServiceList(id: file.id, $0)) }
        case .matter: value.object.map { .matter(Matter(id: file.id, $0)) }
        case .implementation:
            value.object.map { .implementation(Implementation(division: file.division ?? "", matterID: file.id, $0)) }
        case .divisions: .divisions(Catalog.divisions(value))
        case .licenses: .licenses(Catalog.licenses(value))
        case .materials: .materials(Catalog.materials(value))
        }
    }
}
