/// What decoding one file needs to know about the rest of the registry: the material names of
/// `catalog/materials.yaml`, so that a matter's material written under a synonym decodes to its
/// canonical name (and `fmt` rewrites it).
public struct DecodingContext: Sendable, Hashable {
    /// Synonym → canonical material name, both in normalized form.
    public var materialNames: [String: String]

    public init(materialNames: [String: String] = [:]) {
        self.materialNames = materialNames
    }

    /// No registry around the file: nothing is looked up.
    public static let standalone = DecodingContext()
}
