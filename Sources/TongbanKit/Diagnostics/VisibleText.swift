/// Text from a registry made safe to quote where a person or a terminal reads it: control
/// characters (C0, DEL, C1), the bidirectional marks, overrides and isolates, and the
/// zero-width and other invisible format characters are written as `\u{…}`, so a file can
/// neither move the cursor, clear the screen, set a window title, break a one-line format,
/// reorder what is shown nor hide a character from the reader.
public enum VisibleText {
    /// Whether `scalar` must never reach an output raw.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `text` with every unsafe scalar written as `\u{HEX}`; safe text is returned as it is.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
