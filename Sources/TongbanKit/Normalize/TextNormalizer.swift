import Foundation

/// Canonical forms of written text (docs/normalization.md).
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
        // Most text is already canonical: hand it back without taking it apart.
        if isCanonical(raw, as: .text) { return raw }
        return normalizeInFull(raw)
    }

    /// The canonical form of a code, phone number, date or address: half-width throughout.
    public static func normalizeCode(_ raw: String) -> String {
        if isCanonical(raw, as: .code) { return raw }
        return normalizeCodeInFull(raw)
    }

    /// `normalize` without the check for text that is already canonical.
    static func normalizeInFull(_ raw: String) -> String {
        var scalars = halfWidth(raw.unicodeScalars, keeping: keptFullWidthPunctuation)
        scalars = foldWhitespace(scalars)
        scalars = fullWidthBrackets(scalars)
        return composed(scalars)
    }

    /// `normalizeCode` without the check for text that is already canonical.
    static func normalizeCodeInFull(_ raw: String) -> String {
        composed(foldWhitespace(halfWidth(raw.unicodeScalars, keeping: [])))
    }

    // MARK: - Already canonical

    /// Which normalizer `isCanonical` answers for.
    enum Form {
        /// `normalize`: free text.
        case text
        /// `normalizeCode`: codes, phone numbers, dates and addresses.
        case code
    }

    /// Whether normalizing `raw` as `form` would give `raw` back, decided in one pass over its
    /// UTF-8 bytes. False means "not sure", never "changes": the caller then normalizes in full.
    ///
    /// True only when every step is certainly a no-op: no white space but single spaces between
    /// other characters; no full-width form the step would fold (free text keeps its prose
    /// punctuation); for free text no half-width bracket; and only scalars that NFC never changes
    /// (those `composed` already leaves alone).
    static func isCanonical(_ raw: String, as form: Form) -> Bool {
        raw.utf8.withContiguousStorageIfAvailable { isCanonical(bytes: $0, as: form) } ?? false
    }

    static func isCanonical(bytes: UnsafeBufferPointer<UInt8>, as form: Form) -> Bool {
        guard !bytes.isEmpty else { return true }
        // Starting as if after a space refuses leading white space; ending after one, trailing.
        var afterSpace = true
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                switch lead {
                case 0x20:
                    if afterSpace { return false }
                    afterSpace = true
                case 0x09...0x0D:
                    return false
                case UInt8(ascii: "("), UInt8(ascii: ")"):
                    if form == .text { return false }
                    afterSpace = false
                default:
                    afterSpace = false
                }
                i += 1
                continue
            }
            // A Swift string is valid UTF-8, so the lead byte gives the length. Four-byte
            // scalars (outside the BMP) are not among those NFC leaves alone.
            let value: UInt32
            if lead < 0xE0 {
                guard i + 1 < count else { return false }
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if lead < 0xF0 {
                guard i + 2 < count else { return false }
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            // CJK Unified Ideographs, most of any Chinese text, are always canonical.
            guard (value >= 0x4E00 && value <= 0x9FFF) || isCanonicalScalar(value, as: form) else { return false }
            afterSpace = false
        }
        return !afterSpace
    }

    /// Whether a non-ASCII scalar of the Basic Multilingual Plane stays as it is in canonical
    /// text: not white space, not a full-width form that is folded, and composition-stable.
    @inline(__always)
    private static func isCanonicalScalar(_ value: UInt32, as form: Form) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return false  // White space (the rest of Unicode's White_Space is ASCII).
        case 0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF5E:
            return form == .text  // `keptFullWidthPunctuation`
        case 0xFF02...0xFF5D:
            return false
        default:
            return isComposedStable(value)
        }
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
        isComposedStable(s.value)
    }

    @inline(__always)
    private static func isComposedStable(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x02FF, 0x2010...0x205F, 0x3000...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
            true
        default:
            false
        }
    }
}
