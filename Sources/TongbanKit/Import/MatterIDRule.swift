import Foundation

/// How `tongban import` names the file of a new matter, from its name.
///
/// 1. NFKC (full-width letters and digits become ASCII);
/// 2. ICU's Any-Latin transliteration (`applyingTransform(.toLatin)`: Chinese becomes pinyin,
///    one syllable per character, separated by spaces), then diacritics stripped (toneless);
/// 3. lower-cased; every character other than `a`–`z` and `0`–`9` becomes `-`; runs of `-` are
///    folded to one and `-` is trimmed from both ends;
/// 4. cut to 64 characters (and trimmed of a trailing `-` again); `matter` if nothing is left;
/// 5. when the id is taken (by an existing file under `matters/` or an earlier row), `-2`, `-3`, …
///    is appended, cutting the base so the id stays within 64 characters.
///
/// So 社会保障卡申领 becomes `she-hui-bao-zhang-ka-shen-ling`. ICU picks one reading for
/// characters with several (多音字), so an id can read oddly (异地 → `yi-de`); the id is only a
/// file name, and an editor may rename the file (and its list entries) before committing.
public enum MatterIDRule {
    public static let maxLength = 64

    /// The id rule's result for `name`, before collisions are resolved.
    public static func base(for name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping
        text = text.applyingTransform(.toLatin, reverse: false) ?? text
        text = text.applyingTransform(.stripDiacritics, reverse: false) ?? text
        var id = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let isAlnum = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlnum {
                if pendingHyphen && !id.isEmpty { id.append("-") }
                pendingHyphen = false
                id.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        id = cut(id, to: maxLength)
        return id.isEmpty ? "matter" : id
    }

    /// `base`, or `base-2`, `base-3`, … whichever is first not in `taken`.
    public static func unique(_ base: String, taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var n = 2
        while true {
            let suffix = "-\(n)"
            let candidate = cut(base, to: maxLength - suffix.count) + suffix
            if !taken.contains(candidate) { return candidate }
            n += 1
        }
    }

    /// The first `length` characters of an ASCII id, without a trailing `-`.
    private static func cut(_ id: String, to length: Int) -> String {
        var head = String(id.prefix(length))
        while head.hasSuffix("-") { head.removeLast() }
        return head
    }
}
