/// Text from the registry made safe to show in an editor: control characters (other than a
/// tab), bidirectional overrides and other invisible format characters are written as `\u{…}`,
/// so that no file can hide text from, or inject terminal codes into, what an editor shows.
enum VisibleText {
    static func of(_ text: String) -> String {
        var needsChange = false
        for s in text.unicodeScalars where hidden(s) {
            needsChange = true
            break
        }
        guard needsChange else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            if hidden(s) {
                out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    private static func hidden(_ s: Unicode.Scalar) -> Bool {
        if s == "\t" { return false }
        switch s.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
            return true
        default:
            return false
        }
    }
}
