/// What a path inside a registry is, decided from the path alone.
public enum FilePlace: Sendable, Hashable {
    /// A file of a known kind. `id` is the file name without `.yaml`; `division` is set for implementations.
    case kind(FileKind, id: String, division: String?)
    /// A YAML file where no kind of file belongs.
    case stray
    /// Not a YAML file, or hidden: not the registry's business.
    case ignored

    /// Classifies a `/`-separated path relative to the registry root.
    public static func of(_ path: String) -> FilePlace {
        let parts = path.split(separator: "/").map(String.init)
        guard let last = parts.last, !parts.contains(where: { $0.hasPrefix(".") }) else { return .ignored }
        let isYAML = last.hasSuffix(".yaml") || last.hasSuffix(".yml")
        guard isYAML else { return .ignored }
        let id = last.hasSuffix(".yaml") ? String(last.dropLast(5)) : String(last.dropLast(4))
        switch parts.count {
        case 1 where id == "registry":
            return .kind(.manifest, id: id, division: nil)
        case 2 where parts[0] == "lists":
            return .kind(.list, id: id, division: nil)
        case 2 where parts[0] == "matters":
            return .kind(.matter, id: id, division: nil)
        case 2 where parts[0] == "catalog":
            switch id {
            case "divisions": return .kind(.divisions, id: id, division: nil)
            case "licenses": return .kind(.licenses, id: id, division: nil)
            case "materials": return .kind(.materials, id: id, division: nil)
            default: return .stray
            }
        case 3 where parts[0] == "regions":
            return .kind(.implementation, id: id, division: parts[1])
        default:
            return .stray
        }
    }
}
