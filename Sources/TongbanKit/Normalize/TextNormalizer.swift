/// Canonical form of free text: trimmed, with runs of white space folded to one space.
public enum TextNormalizer {
    /// The canonical form of `raw`.
    public static func normalize(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
