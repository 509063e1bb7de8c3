import Foundation

/// http and https addresses in canonical form: half-width, trimmed, with the scheme and host in
/// lower case (both are case-insensitive); the path, query and fragment are kept as written.
public enum WebAddress {
    /// The canonical address, or nil when `raw` is not an http(s) address with a host.
    public static func canonical(_ raw: String) -> String? {
        let text = TextNormalizer.normalizeCode(raw)
        if isPlainCanonical(text) { return text }
        return canonicalInFull(text)
    }

    /// The general path of `canonical` for text already normalized as a code.
    static func canonicalInFull(_ text: String) -> String? {
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

    // MARK: - Plain addresses

    /// Whether `text` is certainly its own canonical address, decided on its bytes: `http://` or
    /// `https://`, a host of lower-case letters, digits, dots and hyphens, then an optional path
    /// and query of RFC 3986 characters (no fragment, no user or port, `%` only before two hex
    /// digits). Such text has nothing to lower-case and is an address Foundation's `URL` accepts
    /// (a test checks both on generated addresses); anything else takes the general path.
    static func isPlainCanonical(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlainCanonical(bytes:)) ?? false
    }

    private static func isPlainCanonical(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i: Int
        if startsWith(bytes, "https://") {
            i = 8
        } else if startsWith(bytes, "http://") {
            i = 7
        } else {
            return false
        }
        let hostStart = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: "?") {
            guard hostBytes[Int(bytes[i])] else { return false }
            i += 1
        }
        guard i > hostStart else { return false }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, isHexDigit(bytes[i + 1]), isHexDigit(bytes[i + 2]) else { return false }
                i += 3
                continue
            }
            guard pathBytes[Int(b)] else { return false }
            i += 1
        }
        return true
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = prefix.utf8Start
        for k in 0..<count where bytes[k] != start[k] { return false }
        return true
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        isDigitByte(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
    }

    /// Lower-case letters, digits, `.` and `-`, by byte value.
    private static let hostBytes: [Bool] = (0...255).map { (b: UInt8) -> Bool in
        let lower = b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")
        return lower || isDigitByte(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
    }

    /// RFC 3986 unreserved characters, sub-delimiters and `:@/?`, by byte value (no `#`, `[`,
    /// `]` or `%`).
    private static let pathBytes: [Bool] = (0...255).map { (b: UInt8) -> Bool in
        isASCIILetterByte(b) || isDigitByte(b) || pathPunctuation.contains(b)
    }

    private static let pathPunctuation = Array("-._~!$&'()*+,;=:@/?".utf8)
}
