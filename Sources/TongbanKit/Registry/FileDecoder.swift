import YAMLSource

/// One file, read and decoded: its model (if it could be decoded) and its findings.
public struct DecodedFile: Sendable {
    /// The large models are boxed (`indirect`); an implementation, one reference already and
    /// the most numerous, is not, so that decoding allocates no box for it and gathering the
    /// registry frees none.
    public enum Model: Sendable {
        indirect case manifest(Manifest)
        indirect case list(ServiceList)
        indirect case matter(Matter)
        case implementation(Implementation)
        indirect case region(Region)
        case divisions([Catalog.Division])
        case licenses([Catalog.License])
        case materials([Catalog.MaterialName])
    }

    public var file: RegistryFile
    public var model: Model?
    public var diagnostics: [Diagnostic]
    /// Non-canonical scalars and their canonical text (for `fmt`).
    public var rewrites: [ScalarRewrite]
    /// The validated value the model was made from (for `export`), nil when the file has no root.
    public var value: Value?
    /// The `# tongban:` suppression comments of the file that can be honoured (see `SuppressionComments`).
    public var suppressions: [Suppression] = []

    public init(file: RegistryFile, model: Model?, diagnostics: [Diagnostic], rewrites: [ScalarRewrite], value: Value? = nil) {
        self.file = file
        self.model = model
        self.diagnostics = diagnostics
        self.rewrites = rewrites
        self.value = value
    }

    /// Whether a YAML-level error (syntax, encoding, limits, duplicate keys, aliases) makes the
    /// file's text unsafe to edit.
    public var hasYAMLErrors: Bool {
        diagnostics.contains { $0.severity == .error && DecodedFile.yamlRules.contains($0.rule) }
    }

    /// Whether the file was read as a whole and has a model: no error of `unreadableRules`.
    /// A file that is not usable is left out of what is built from the files (a diff's comparison).
    public var isUsable: Bool {
        model != nil && !diagnostics.contains { $0.severity == .error && DecodedFile.unreadableRules.contains($0.rule) }
    }

    /// The rules of findings that mean a file could not be read as a whole: the source could
    /// not read it, or its YAML does not parse, is badly encoded, too large or deep, or uses aliases.
    public static let unreadableRules: Set<RuleID> = [.fileAccess, .yamlSyntax, .encoding, .limits, .yamlAlias]

    /// The rules of findings that come from reading the YAML rather than from the schema: the
    /// unreadable ones and duplicate keys (readable, but unsafe to edit).
    public static let yamlRules: Set<RuleID> = unreadableRules.union([.duplicateKey])

    /// The `file-access` finding of a file the source could not read, and no model.
    public static func unreadable(_ file: RegistryFile, _ error: any Error) -> DecodedFile {
        let message = (error as? RunFailure).map { Message.unreadable($0.message.zh, $0.message.en) } ?? Message.unreadable("\(error)", "\(error)")
        let diagnostic = Diagnostic(file: file.path, range: .fileStart, rule: .fileAccess, message: message)
        return DecodedFile(file: file, model: nil, diagnostics: [diagnostic], rewrites: [])
    }
}

extension DecodedFile.Model: Equatable {}

/// Turns the bytes of one file into its model and findings. Pure: no I/O.
public enum FileDecoder {
    /// Decodes `bytes` as `file`; `context` carries what other files say (material synonyms).
    ///
    /// A file with nothing to report is decoded straight from libyaml's events (`CleanDecoder`);
    /// any other file is read into a tree and validated in full, as `decodeInFull` does.
    public static func decode(_ bytes: [UInt8], as file: RegistryFile, context: DecodingContext = .standalone) -> DecodedFile {
        if let events = YAMLReader.cleanEvents(bytes), let value = CleanDecoder.value(events, kind: file.kind, context: context) {
            return DecodedFile(file: file, model: makeModel(value, file), diagnostics: [], rewrites: [], value: value)
        }
        return decodeInFull(bytes, as: file, context: context)
    }

    /// `decode` without the shortcut for files with nothing to report.
    static func decodeInFull(_ bytes: [UInt8], as file: RegistryFile, context: DecodingContext = .standalone) -> DecodedFile {
        decode(YAMLReader.read(bytes), as: file, context: context)
    }

    /// Decodes a document already read.
    static func decode(_ document: YAMLDocument, as file: RegistryFile, context: DecodingContext = .standalone) -> DecodedFile {
        var diagnostics = document.problems.map { YAMLProblemFindings.diagnostic($0, file: file.path) }
        var rewrites: [ScalarRewrite] = []
        var model: DecodedFile.Model?
        var decodedValue: Value?
        if let root = document.root, !(root.scalar?.isNull ?? false) {
            let (value, found, scalarRewrites) = SchemaValidator.validate(root: root, kind: file.kind, file: file.path, context: context)
            diagnostics += found
            rewrites = scalarRewrites
            model = makeModel(value, file)
            decodedValue = value
        } else if !document.problems.contains(where: { YAMLProblemFindings.endsParsing($0.kind) }) {
            diagnostics.append(Diagnostic(
                file: file.path, range: .fileStart, rule: .missingField,
                message: Message.emptyFile))
        }
        return DecodedFile(file: file, model: model, diagnostics: diagnostics, rewrites: rewrites, value: decodedValue)
    }

    private static func makeModel(_ value: Value, _ file: RegistryFile) -> DecodedFile.Model? {
        switch file.kind {
        case .manifest: value.object.map { .manifest(Manifest($0)) }
        case .list: value.object.map { .list(ServiceList(id: file.id, $0)) }
        case .matter: value.object.map { .matter(Matter(id: file.id, $0)) }
        case .implementation:
            value.object.map { .implementation(Implementation(division: file.division ?? "", matterID: file.id, $0)) }
        case .region: value.object.map { .region(Region(division: file.division ?? "", $0)) }
        case .divisions: .divisions(Catalog.divisions(value))
        case .licenses: .licenses(Catalog.licenses(value))
        case .materials: .materials(Catalog.materials(value))
        }
    }
}
