/// The kinds of file in a registry, each found at its own path.
public enum FileKind: String, Sendable, Hashable, CaseIterable {
    case manifest = "registry"
    case list
    case matter
    case implementation
    case region
    case divisions
    case licenses
    case materials

    /// The file name (without `.yaml`) of a region's own file in `regions/<division>/`; no
    /// matter may have this id.
    public static let regionFileID = "region"

    /// The path pattern, for docs and `tongban schema`.
    public var pathPattern: String {
        switch self {
        case .manifest: "registry.yaml"
        case .list: "lists/<id>.yaml"
        case .matter: "matters/<id>.yaml"
        case .implementation: "regions/<division>/<matter-id>.yaml"
        case .region: "regions/<division>/region.yaml"
        case .divisions: "catalog/divisions.yaml"
        case .licenses: "catalog/licenses.yaml"
        case .materials: "catalog/materials.yaml"
        }
    }

    /// The schema of the file's root value.
    public var rootType: ValueType {
        switch self {
        case .manifest: .object(Schemas.manifest)
        case .list: .object(Schemas.list)
        case .matter: .object(Schemas.matter)
        case .implementation: .object(Schemas.implementation)
        case .region: .object(Schemas.region)
        case .divisions: .list(.object(Schemas.division))
        case .licenses: .list(.object(Schemas.license))
        case .materials: .list(.object(Schemas.materialName))
        }
    }
}
