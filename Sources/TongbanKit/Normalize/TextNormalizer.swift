import Foundation

/// Canonical forms of written text (DESIGN §2).
///
/// Free text (`normalize`): Unicode NFC; full-width ASCII letters, digits and symbols
/// (`ＡＢ１２％`) to half-width, keeping the full-width punctuation of Chinese prose
/// (`！（），：；？～`); runs of white space (the ideographic space `　` included) folded to one
/// space and the ends trimmed; half-width brackets that enclose Chinese text made full-width
/// (`(试行)` → `（试行）`). Other Chinese punctuation (`。、《》“”〔〕`) is not in the
/// full-width ASCII block and is left alone.
///
/// Codes, phone numbers and addresses (`normalizeCode`): NFC, every full-width ASCII character
/// to half-width, white space folded and trimmed.
///
/// Both are idempotent: normalizing a normalized text changes nothing.
public enum TextNormalizer {
    /// The full-width punctuation that free text keeps: Chinese prose punctuation that happens
    /// to sit in the full-width ASCII block.
    public static let keptFullWidthPunctuation: Set<Unicode.Scalar> = ["！", "（", "）", "，", "：", "；", "？", "～"]

    /// The canonical form of free text.
    public static func normalize(_ raw: String) -> String {
        var scalars = halfWidth(raw.unicodeScalars, keeping: keptFullWidthPunctuation)
        scalars = foldWhitespace(scalars)
        scalars = fullWidthBrackets(scalars)
        return composed(scalars)
    }

    /// The canonical form of a code, phone number, date or address: half-width throughout.
    public static func normalizeCode(_ raw: String) -> String {
        composed(foldWhitespace(halfWidth(raw.unicodeScalars, keeping: [])))
    }

    /// `raw` trimmed, with every run of white space folded to one space, and nothing else changed.
    public static func foldWhitespace(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: foldWhitespace(raw.unicodeScalars))
        return String(out)
    }

    // MARK: - Steps

    /// Full-width forms `！`–`～` (U+FF01–U+FF5E) to ASCII, except those in `kept`.
    static func halfWidth(_ scalars: String.UnicodeScalarView, keeping kept: Set<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.map { s in
            guard (0xFF01...0xFF5E).contains(s.value), !kept.contains(s) else { return s }
            return Unicode.Scalar(s.value - 0xFF01 + 0x21) ?? s
        }
    }

    static func foldWhitespace<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return out
    }

    /// Pairs of round brackets (half- or full-width, matched innermost first) that enclose a
    /// Han character become `（…）`; other brackets are left as written.
    static func fullWidthBrackets(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = scalars
        var open: [Int] = []
        // Prefix counts of Han characters, so each pair's content is checked in constant time.
        var han = [0]
        han.reserveCapacity(scalars.count + 1)
        for s in scalars { han.append(han[han.count - 1] + (isHan(s) ? 1 : 0)) }
        for (i, s) in scalars.enumerated() {
            switch s {
            case "(", "（":
                open.append(i)
            case ")", "）":
                guard let j = open.popLast() else { continue }
                if han[i] - han[j + 1] > 0 {
                    out[j] = "（"
                    out[i] = "）"
                }
            default:
                continue
            }
        }
        return out
    }

    /// Whether `s` is a Han ideograph (unified, extensions, compatibility) or `〇`.
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// The NFC form. Text made only of scalars that never take part in canonical composition
    /// (ASCII, Latin-1, CJK ideographs and punctuation, full-width forms) skips Foundation.
    static func composed(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let text = String(view)
        guard !scalars.allSatisfy(isComposedStable) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    private static func isComposedStable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x02FF, 0x2010...0x205F, 0x3000...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
            true
        default:
            false
        }
    }
}
