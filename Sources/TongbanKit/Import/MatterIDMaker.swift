import Foundation

/// How `tongban import` names the file of a new matter, from its name.
///
/// 1. NFKC (full-width letters and digits become ASCII);
/// 2. the words of `readings` replaced by their pinyin, longest first, left to right;
/// 3. ICU's Any-Latin transliteration (`applyingTransform(.toLatin)`: Chinese becomes pinyin,
///    one syllable per character, separated by spaces), then diacritics stripped (toneless);
/// 4. lower-cased; every character other than `a`–`z` and `0`–`9` becomes `-`; runs of `-` are
///    folded to one and `-` is trimmed from both ends;
/// 5. cut to 64 characters (and trimmed of a trailing `-` again); `matter` if nothing is left;
/// 6. when the id is taken (by an existing file under `matters/` or an earlier row), `-2`, `-3`, …
///    is appended, cutting the base so the id stays within 64 characters.
///
/// So 社会保障卡申领 becomes `she-hui-bao-zhang-ka-shen-ling`. ICU picks one reading for
/// characters with several (多音字) whatever the word; `readings` corrects the ones that matter
/// in names of government services and places (异地 → `yi-di`, not `yi-de`). Others can still
/// read oddly; the id is only a file name, and an editor may rename the file (and its list
/// entries) before committing.
public enum MatterIDMaker {
    public static let maxLength = 64

    /// Readings of polyphonic characters (多音字) that ICU's Han-Latin transform gets wrong in
    /// the names of government services and of places: its one reading per character is
    /// 地 de, 行 xing, 重 zhong, 长 zhang, 还 hai, 调 diao, 校 xiao, 会 hui, 给 gei, 差 cha,
    /// 率 lü, 模 mo, 角 jiao, 乐 le, 藏 cang, 厦 sha, 蚌 bang, 六 liu. Toneless, a space between
    /// syllables. 地 stands alone: in these names it is always di.
    static let readings: [String: String] = [
        "地": "di",
        "银行": "yin hang", "行业": "hang ye",
        "重新": "chong xin", "重复": "chong fu", "重建": "chong jian",
        "长期": "chang qi", "延长": "yan chang", "长途": "chang tu",
        "还款": "huan kuan", "归还": "gui huan", "偿还": "chang huan", "退还": "tui huan", "返还": "fan huan",
        "调整": "tiao zheng", "调解": "tiao jie", "调节": "tiao jie", "调剂": "tiao ji",
        "校验": "jiao yan", "校对": "jiao dui", "校准": "jiao zhun",
        "会计": "kuai ji", "给付": "ji fu", "供给": "gong ji",
        "出差": "chu chai", "差旅": "chai lu", "率先": "shuai xian",
        "模具": "mu ju", "角色": "jue se", "音乐": "yin yue", "乐器": "yue qi",
        "西藏": "xi zang", "厦门": "xia men", "长沙": "chang sha", "长春": "chang chun", "长治": "chang zhi",
        "蚌埠": "beng bu", "六安": "lu an",
    ]

    private static let longestReading = readings.keys.map(\.count).max() ?? 0

    /// `text` with every word of `readings` replaced by its pinyin between spaces, matching the
    /// longest word at each position, left to right.
    static func withReadings(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var i = 0
        scan: while i < characters.count {
            for length in stride(from: min(longestReading, characters.count - i), through: 1, by: -1) {
                if let reading = readings[String(characters[i..<(i + length)])] {
                    result += " \(reading) "
                    i += length
                    continue scan
                }
            }
            result.append(characters[i])
            i += 1
        }
        return result
    }

    /// The id rule's result for `name`, before collisions are resolved.
    public static func base(for name: String) -> String {
        var text = withReadings(name.precomposedStringWithCompatibilityMapping)
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
