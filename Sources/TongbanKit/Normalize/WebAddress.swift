import Foundation

/// http and https addresses in canonical form: half-width, trimmed, with the scheme and host in
/// lower case (both are case-insensitive); the path, query and fragment are kept as written.
public enum WebAddress {
    /// The canonical address, or nil when `raw` is not an http(s) address with a host.
    public static func canonical(_ raw: String) -> String? {
        let text = TextNormalizer.normalizeCode(raw)
        guard !text.contains(" "), let separator = text.range(of: "://") else { return nil }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[separator.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var userInfo = Substring("")
        var host = authority
        if let at = authority.lastIndex(of: "@") {
            userInfo = authority[...at]
            host = authority[authority.index(after: at)...]
        }
        guard !host.isEmpty, !host.hasPrefix(":") else { return nil }
        let canonical = scheme + "://" + userInfo + host.lowercased() + rest[authorityEnd...]
        guard URL(string: canonical) != nil else { return nil }
        return canonical
    }
}
