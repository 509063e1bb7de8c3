/// Canonical form of free text: trimmed, with runs of white space folded to one space.
public enum TextNormalizer {
    /// The canonical form of `raw`.
    public static func normalize(_ raw: String) -> String {
        // Most values have no white space to fold: hand them back without building a copy.
        guard raw.unicodeScalars.contains(where: isWhitespace) else { return raw }
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Unicode's White_Space property (`Unicode.Scalar.Properties.isWhitespace`), as a table
    /// instead of a property lookup: the 25 scalars of Unicode 15 (a test checks every scalar).
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
