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
        if let place = path.utf8.withContiguousStorageIfAvailable(ofASCII(_:)), let place { return place }
        return ofCharacters(path)
    }

    /// `of` on characters, for any path.
    static func ofCharacters(_ path: String) -> FilePlace {
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
            return .kind(id == FileKind.regionFileID ? .region : .implementation, id: id, division: parts[1])
        default:
            return .stray
        }
    }

    // MARK: - ASCII paths

    /// `of` on the bytes of an ASCII path without a carriage return (where every character is one
    /// byte, so splitting and comparing bytes is splitting and comparing characters); nil for any
    /// other path.
    private static func ofASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> FilePlace? {
        let slash = UInt8(ascii: "/")
        // The first two parts and the last, as byte ranges; empty parts are skipped as `split` does.
        var first = 0..<0
        var second = 0..<0
        var last = 0..<0
        var count = 0
        var hidden = false
        var start = 0
        for i in 0...bytes.count {
            if i < bytes.count {
                let b = bytes[i]
                guard b < 0x80, b != 0x0D else { return nil }
                if b != slash { continue }
            }
            if i > start {
                if bytes[start] == UInt8(ascii: ".") { hidden = true }
                if count == 0 { first = start..<i }
                if count == 1 { second = start..<i }
                last = start..<i
                count += 1
            }
            start = i + 1
        }
        guard count > 0, !hidden else { return .ignored }
        let name = UnsafeBufferPointer(rebasing: bytes[last])
        let stem: Int
        if ends(name, with: ".yaml") {
            stem = name.count - 5
        } else if ends(name, with: ".yml") {
            stem = name.count - 4
        } else {
            return .ignored
        }
        let id = String(decoding: name[0..<stem], as: UTF8.self)
        func firstPart(is word: StaticString) -> Bool {
            UnsafeBufferPointer(rebasing: bytes[first]).elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        }
        switch count {
        case 1 where id == "registry":
            return .kind(.manifest, id: id, division: nil)
        case 2 where firstPart(is: "lists"):
            return .kind(.list, id: id, division: nil)
        case 2 where firstPart(is: "matters"):
            return .kind(.matter, id: id, division: nil)
        case 2 where firstPart(is: "catalog"):
            switch id {
            case "divisions": return .kind(.divisions, id: id, division: nil)
            case "licenses": return .kind(.licenses, id: id, division: nil)
            case "materials": return .kind(.materials, id: id, division: nil)
            default: return .stray
            }
        case 3 where firstPart(is: "regions"):
            return .kind(id == FileKind.regionFileID ? .region : .implementation, id: id, division: String(decoding: UnsafeBufferPointer(rebasing: bytes[second]), as: UTF8.self))
        default:
            return .stray
        }
    }

    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, with suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        return bytes.count >= n && UnsafeBufferPointer(rebasing: bytes[(bytes.count - n)...]).elementsEqual(UnsafeBufferPointer(start: suffix.utf8Start, count: n))
    }
}
