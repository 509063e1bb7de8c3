@testable import TongbanKit

/// Writes random valid matters in random non-canonical spellings, quoting styles and layouts,
/// with comment lines and end-of-line comments, from a seed. Every comment is unique
/// (`# 注释N`), so a test can find each one in the output.
struct MatterGenerator {
    private var random: SeededRandom
    private var lines: [String] = []
    private var commentCount = 0

    /// The material catalog the generated matters draw synonyms from.
    static let catalog = DecodingContext(materialNames: ["身份证": "居民身份证", "二代身份证": "居民身份证", "户口本": "居民户口簿", "照片": "近期免冠照片"])
    static let materialNames = ["居民身份证", "身份证", "二代身份证", "户口本", "居民户口簿", "照片", "学历证书", "营业执照(副本)"]

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// One matter file.
    mutating func matter() -> String {
        lines = []
        maybeCommentLine(indent: 0)
        scalarField("name", text(), indent: 0)
        if random.chance(50) { scalarField("catalog_code", pick(["AB12", "ａｂ１２", " 0100 ", "１２３"]), indent: 0, quoteDigits: true) }
        scalarField("type", pick(["公共服务", "行政许可", " 行政确认 "]), indent: 0)
        scalarField("department", text(), indent: 0)
        scalarField("status", pick(["在用", "草稿"]), indent: 0)
        textList("basis", count: 1 + random.next(upTo: 2), indent: 0)
        list("modes", distinct([["全程网办", "全程网上办理", "网上办理"], ["代收代办", "收受分离", "异地代收", "异地代收代办"], ["多地联办", "多地联动办理"]]), indent: 0)
        list("audience", distinct([["自然人", "个人"], ["企业法人"]]), indent: 0)
        textList("conditions", count: 1 + random.next(upTo: 3), indent: 0, allowBlocks: true)
        let situations = Array(["首次申领", "补领", "换领"].prefix(1 + random.next(upTo: 3)))
        list("situations", situations, indent: 0)
        materials(situations: situations)
        timeLimit()
        if random.chance(80) { raw("visits: \(pick(["0", "1", "01", "+2", "２"]))", indent: 0) }
        fee()
        result()
        textList("process", count: 2 + random.next(upTo: 2), indent: 0)
        textList("sources", count: 1 + random.next(upTo: 2), indent: 0)
        maybeCommentLine(indent: 0)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Fields

    private mutating func materials(situations: [String]) {
        raw("materials:", indent: 0)
        var used: Set<String> = []
        for _ in 0..<(1 + random.next(upTo: 3)) {
            var name = pick(Self.materialNames)
            let canonical = Self.catalog.materialNames[name] ?? TextNormalizer.normalize(name)
            guard !used.contains(canonical) else { continue }
            used.insert(canonical)
            if random.chance(30) { name = " " + name + "  " }
            maybeCommentLine(indent: 2)
            var first = true
            func key(_ k: String) -> (String, Int) {
                defer { first = false }
                return (first ? "- " + k : "  " + k, 2)
            }
            let (nameKey, indent) = key("name")
            scalarField(nameKey, name, indent: indent)
            if random.chance(60) { scalarField("  form", pick(["原件", "复印件", "原件+复印件", "原件及复印件", "复印件或原件"]), indent: 2) }
            if random.chance(60) { scalarField("  medium", pick(["纸质", "纸质+电子", "纸质／电子", "电子版", "电子或纸质", "纸质版"]), indent: 2) }
            if random.chance(50) { raw("  copies: \(pick(["1", "01", "2", "+1", "１"]))", indent: 2) }
            if random.chance(60) { scalarField("  required", pick(["必要", "必须", "非必需", "容缺", "容缺后补"]), indent: 2) }
            if random.chance(30) { list("  situations", Array(situations.prefix(1)), indent: 2) }
            if random.chance(40) { scalarField("  note", text(), indent: 2) }
        }
    }

    private mutating func timeLimit() {
        let style = random.next(upTo: 3)
        let statutory = 10 + random.next(upTo: 80)
        let promised = random.next(upTo: 10)
        if style == 0 {
            raw("time_limit: {statutory: \(flowDuration(statutory)), promised: \(flowDuration(promised))}", indent: 0)
            return
        }
        raw("time_limit:", indent: 0)
        maybeCommentLine(indent: 2)
        duration("statutory", statutory, indent: 2)
        maybeCommentLine(indent: 2)
        duration("promised", promised, indent: 2)
        if random.chance(30) { scalarField("note", text(), indent: 2) }
    }

    /// A duration of `days` working days, in any spelling or layout, under `key`.
    /// Zero days is 即办, which has no mapping form (`{days: 0}` is refused).
    private mutating func duration(_ key: String, _ days: Int, indent: Int) {
        switch days == 0 ? 2 : random.next(upTo: 4) {
        case 0:
            raw("\(key): {days: \(days), unit: 工作日}" + trailingComment(), indent: indent)
        case 1:
            raw("\(key):" + trailingComment(), indent: indent)
            if random.chance(30) { lines.append("") }
            let pairs = random.chance(50) ? ["days: \(days)", "unit: 工作日"] : ["unit: 工作日", "days: \(days)"]
            for pair in pairs {
                maybeCommentLine(indent: indent + 2 + random.next(upTo: 3))
                raw(pair + trailingComment(), indent: indent + 2)
            }
        default:
            scalarField(key, durationText(days), indent: indent)
        }
    }

    private mutating func flowDuration(_ days: Int) -> String {
        days > 0 && random.chance(50) ? "{days: \(days), unit: 工作日}" : durationText(days)
    }

    private mutating func durationText(_ days: Int) -> String {
        if days == 0 { return pick(["即办", "即时办结", "当场办结", "即 办"]) }
        let numeral = days <= 99 ? ChineseNumeral.written(days) : String(days)
        return pick(["\(days)个工作日", "\(numeral)个工作日", "\(days) 个工作日", "\(days)工作日", "\(days)个工作日内", fullWidth("\(days)") + "个工作日"])
    }

    private mutating func fee() {
        if random.chance(70) {
            scalarField("fee", pick(["不收费", "免费", "无", "0", "免收"]), indent: 0)
        } else {
            raw("fee:", indent: 0)
            scalarField("- item", text(), indent: 2)
            scalarField("  standard", "每件 " + fullWidth(String(10 + random.next(upTo: 90))) + " 元", indent: 2)
        }
    }

    private mutating func result() {
        raw("result:", indent: 0)
        scalarField("name", text(), indent: 2)
        scalarField("type", pick(["证照", "批文", "批复", "无"]), indent: 2)
        list("delivery", distinct([["邮寄"], ["窗口领取"]]), indent: 2)
    }

    // MARK: - Writing

    /// `key: value` with the value in a random style that YAML can hold.
    private mutating func scalarField(_ key: String, _ value: String, indent: Int, quoteDigits: Bool = false) {
        let written = scalar(value, context: .block, forceQuote: quoteDigits, allowBlocks: false)
        raw("\(key): \(written)" + trailingComment(), indent: indent)
    }

    private mutating func textList(_ key: String, count: Int, indent: Int, allowBlocks: Bool = false) {
        list(key, (0..<count).map { _ in text() }, indent: indent, allowBlocks: allowBlocks)
    }

    /// A list in flow or block style, its items in random styles.
    private mutating func list(_ key: String, _ items: [String], indent: Int, allowBlocks: Bool = false) {
        if random.chance(40) {
            let written = items.map { scalar($0, context: .flow, forceQuote: false, allowBlocks: false) }
            raw("\(key): [\(written.joined(separator: ", "))]" + trailingComment(), indent: indent)
            return
        }
        raw("\(key):" + trailingComment(), indent: indent)
        let itemIndent = indent + (key.hasPrefix(" ") ? 2 : 0)
        for item in items {
            maybeCommentLine(indent: itemIndent + 2)
            let written = scalar(item, context: .block, forceQuote: false, allowBlocks: allowBlocks, blockIndent: itemIndent + 4)
            raw("  - " + written + (written.contains("\n") ? "" : trailingComment()), indent: itemIndent)
        }
    }

    /// `value` as a scalar in a random style; blocks (when allowed) carry their own lines.
    private mutating func scalar(_ value: String, context: ScalarEmitter.Context, forceQuote: Bool, allowBlocks: Bool, blockIndent: Int = 4) -> String {
        let plainOK = !forceQuote && ScalarEmitter.isSafePlain(value, context: context, plainReadingAccepted: false)
        var choice = random.next(upTo: allowBlocks ? 5 : 3)
        if choice == 0 && !plainOK { choice = 2 }
        switch choice {
        case 0:
            return value
        case 1 where value.unicodeScalars.allSatisfy(ScalarEmitter.isPrintable):
            return ScalarEmitter.singleQuoted(value)
        case 3...4 where !value.isEmpty && value.first != " " && !value.contains("\t"):
            // A block scalar: words on lines of their own, a header comment sometimes.
            let indicator = choice == 3 ? "|" : pick([">", ">-", "|-"])
            let words = value.split(separator: " ").map(String.init)
            let pad = String(repeating: " ", count: blockIndent)
            return indicator + (random.chance(30) ? "  " + nextComment() : "") + "\n" + words.map { pad + $0 }.joined(separator: "\n")
        default:
            var text = ScalarEmitter.doubleQuoted(value)
            if random.chance(30) { text = text.dropLast() + "\\t\"" }
            return text
        }
    }

    /// Free text with things to normalize: full-width letters, brackets, runs of white space.
    private mutating func text() -> String {
        let words = ["社会保障卡", "申领", "居民", "办理", "窗口", "通办", "标准", "证明", "IC卡", "PDF", "2021年"]
        var parts: [String] = []
        for _ in 0..<(1 + random.next(upTo: 3)) {
            var word = pick(words)
            if random.chance(25) { word = fullWidth(word) }
            if random.chance(20) { word = pick(["(", "（"]) + word + pick([")", "）"]) }
            parts.append(word)
        }
        var out = parts.joined(separator: pick(["", " ", "  ", "　"]))
        if random.chance(15) { out = " " + out + " " }
        return out
    }

    private func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0x21...0x7E).contains(s.value) ? Unicode.Scalar(s.value - 0x21 + 0xFF01) ?? s : s
        }))
    }

    private mutating func raw(_ line: String, indent: Int) {
        lines.append(String(repeating: " ", count: indent) + line)
    }

    private mutating func maybeCommentLine(indent: Int) {
        guard random.chance(25) else { return }
        lines.append(String(repeating: " ", count: indent) + nextComment())
    }

    private mutating func trailingComment() -> String {
        random.chance(20) ? "   " + nextComment() : ""
    }

    private mutating func nextComment() -> String {
        commentCount += 1
        return "# 注释\(commentCount)"
    }

    private mutating func pick(_ items: [String]) -> String {
        random.pick(items)
    }

    /// One spelling of each of a random non-empty subset of meanings.
    private mutating func distinct(_ meanings: [[String]]) -> [String] {
        var chosen = meanings.filter { _ in random.chance(60) }
        if chosen.isEmpty { chosen = [meanings[0]] }
        return chosen.map { pick($0) }
    }
}

extension ChineseNumeral {
    /// 1…99 written out (十五, 二十, 九十九).
    static func written(_ n: Int) -> String {
        ChineseNumeralTests.written(n)
    }
}
