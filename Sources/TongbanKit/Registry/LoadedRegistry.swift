/// A registry together with each file's decoded form: what `fmt` and `export` work from.
public struct LoadedRegistry: Sendable {
    public var registry: Registry
    /// Every file of a known kind, decoded, sorted by path (values and rewrites kept).
    public var files: [DecodedFile]
    /// The cross-file facts every file was decoded with (material synonyms).
    public var context: DecodingContext

    public init(registry: Registry, files: [DecodedFile], context: DecodingContext) {
        self.registry = registry
        self.files = files
        self.context = context
    }
}
