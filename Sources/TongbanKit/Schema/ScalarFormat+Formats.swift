import Foundation

extension ScalarFormat {
    /// Free text: anything non-empty; canonical form by `TextNormalizer`.
    public static let text = ScalarFormat(
        name: "text", summary: Message(zh: "文本", en: "text")
    ) { raw in
        let canonical = TextNormalizer.normalize(raw)
        return canonical.isEmpty ? .bad("不能为空", "must not be empty") : .valid(canonical: canonical)
    }

    /// A 申请材料 name: free text, and a synonym listed in `catalog/materials.yaml` becomes the
    /// canonical name it is listed under.
    public static let materialName = ScalarFormat(
        name: "material-name", summary: Message(zh: "材料名称（同义名称按 catalog/materials.yaml 改为规范名称）", en: "material name (synonyms become the canonical name in catalog/materials.yaml)"),
        usesMaterialCatalog: true, check: text.check)

    /// One term of `vocabulary`, or a documented alias of one.
    public static func enumeration(_ vocabulary: Vocabulary) -> ScalarFormat {
        ScalarFormat(
            name: vocabulary.name,
            summary: Message(zh: "取值：" + vocabulary.terms.joined(separator: "、"),
                             en: "one of: " + vocabulary.terms.joined(separator: ", ")),
            terms: vocabulary.terms,
            aliases: vocabulary.aliases.keys.sorted(),
            acceptsNonString: { vocabulary.aliases[$0] != nil }
        ) { raw in
            if let term = vocabulary.canonical(raw) { return .valid(canonical: term) }
            let list = vocabulary.terms.joined(separator: "、")
            let hint = Suggestion.nearest(to: TextNormalizer.normalize(raw), in: vocabulary.terms)
                .map { (zh: "，是否应为“\($0)”？", en: "; did you mean “\($0)”?") } ?? (zh: "", en: "")
            return .bad("“\(raw)”不是有效取值，应为：\(list)\(hint.zh)",
                        "“\(raw)” is not one of: \(vocabulary.terms.joined(separator: ", "))\(hint.en)")
        }
    }

    /// A file or list id: `^[a-z0-9][a-z0-9-]{0,63}$`.
    public static let id = ScalarFormat(
        name: "id", summary: Message(zh: "标识：小写字母、数字和连字符", en: "id: lower-case letters, digits and hyphens"),
        pattern: "^[a-z0-9][a-z0-9-]{0,63}$"
    ) { raw in
        let text = TextNormalizer.normalizeCode(raw)
        return Identifier.isValid(text)
            ? .valid(canonical: text)
            : .bad("“\(raw)”不是有效标识（小写字母、数字和连字符，以字母或数字开头，最长 64 个字符）",
                   "“\(raw)” is not a valid id (lower-case letters, digits and hyphens, starting with a letter or digit, at most 64 characters)")
    }

    /// A GB/T 2260 division code: six digits.
    public static let divisionCode = ScalarFormat(
        name: "division-code", summary: Message(zh: "行政区划代码（6 位数字）", en: "division code (6 digits)"),
        pattern: "^[0-9]{6}$"
    ) { raw in
        let text = TextNormalizer.normalizeCode(raw)
        // Six characters that are ASCII digits are exactly six bytes that are.
        return text.utf8.count == 6 && text.utf8.allSatisfy(isDigitByte)
            ? .valid(canonical: text)
            : .bad("“\(raw)”不是 6 位行政区划代码", "“\(raw)” is not a 6-digit division code")
    }

    /// A 基本编码: 1 to 12 digits or upper-case letters.
    public static let catalogCode = ScalarFormat(
        name: "catalog-code", summary: Message(zh: "基本编码（1–12 位数字或大写字母）", en: "catalog code (1–12 digits or capital letters)"),
        pattern: "^[0-9A-Z]{1,12}$"
    ) { raw in
        let text = asciiUppercased(TextNormalizer.normalizeCode(raw))
        let ok = (1...12).contains(text.count) && text.allSatisfy { $0.isASCIIDigit || ("A"..."Z").contains($0) }
        return ok ? .valid(canonical: text) : .bad("“\(raw)”不是有效基本编码（1–12 位数字或大写字母）",
                                                 "“\(raw)” is not a valid catalog code (1–12 digits or capital letters)")
    }

    /// A 实施编码: up to 36 digits or letters.
    public static let taskCode = ScalarFormat(
        name: "task-code", summary: Message(zh: "实施编码（最多 36 位数字或字母）", en: "task code (up to 36 digits or letters)"),
        pattern: "^[0-9A-Za-z]{1,36}$"
    ) { raw in
        let text = TextNormalizer.normalizeCode(raw)
        // Characters that are ASCII letters or digits are single bytes that are (`\r\n` is an
        // ASCII character but neither).
        let ok = (1...36).contains(text.utf8.count) && text.utf8.allSatisfy { isDigitByte($0) || isASCIILetterByte($0) }
        return ok ? .valid(canonical: text) : .bad("“\(raw)”不是有效实施编码（最多 36 位数字或字母）",
                                                 "“\(raw)” is not a valid task code (up to 36 digits or letters)")
    }

    /// A calendar date, canonical ISO 8601 `YYYY-MM-DD`.
    public static let date = ScalarFormat(
        name: "date", summary: Message(zh: "日期（YYYY-MM-DD）", en: "date (YYYY-MM-DD)"),
        pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", acceptsNonString: { _ in true }
    ) { raw in
        guard let date = CalendarDate(parsing: raw) else {
            return .bad("“\(raw)”不是有效日期，应写作 YYYY-MM-DD", "“\(raw)” is not a valid date; write YYYY-MM-DD")
        }
        return .valid(canonical: date.description)
    }

    /// A time limit: `5个工作日`, `20个自然日` or `即办`.
    public static let duration = ScalarFormat(
        name: "duration", summary: Message(zh: "时限：N个工作日、N个自然日或即办", en: "time limit: N个工作日, N个自然日 or 即办"),
        pattern: "^(即办|[1-9][0-9]*个(工作日|自然日))$"
    ) { raw in
        if DurationParser.readsAsZeroDays(raw) {
            return .bad("“\(raw)”不是有效时限：时限至少 1 天，当日办结写“即办”", "“\(raw)” is not a valid time limit: a limit is at least one day; same-day is 即办")
        }
        guard let duration = DurationParser.parse(raw) else {
            return .bad("“\(raw)”不是有效时限，应写作“5个工作日”“20个自然日”或“即办”",
                        "“\(raw)” is not a valid time limit; write 5个工作日, 20个自然日 or 即办")
        }
        return .valid(canonical: duration.description)
    }

    /// The `days` of a `{days, unit}` duration: what the number part of the text form accepts
    /// (`5`, `５`, `五`, `二十`), from 1 to `Duration.maxDays`; canonical in ASCII digits.
    public static let durationDays = ScalarFormat(
        name: "duration-days", summary: Message(zh: "天数：1 以上的整数，或中文数字（二十）", en: "days: a whole number from 1, or a Chinese numeral (二十)"),
        pattern: "^[1-9][0-9]*$",
        acceptsNonString: { DurationParser.days($0) != nil || $0.allSatisfy(\.isASCIIDigit) }
    ) { raw in
        guard let n = DurationParser.days(raw) ?? (raw.count <= 18 && raw.allSatisfy(\.isASCIIDigit) ? Int(raw) : nil) else {
            return .bad("“\(raw)”不是有效天数，应写作 1 以上的整数", "“\(raw)” is not a valid number of days; write a whole number from 1")
        }
        guard n <= Duration.maxDays else {
            return .bad("\(n) 大于最大值 \(Duration.maxDays)", "\(n) is greater than the maximum \(Duration.maxDays)")
        }
        guard n >= 1 else {
            return .bad("天数不能为 0：时限至少 1 天，当日办结写“即办”", "days may not be 0: a limit is at least one day; same-day is 即办")
        }
        return .valid(canonical: String(n))
    }

    /// A phone number: `0AAA-NNNNNNN`, a five-digit hotline, or an 11-digit mobile number.
    public static let phone = ScalarFormat(
        name: "phone", summary: Message(
            zh: "电话：0AAA-NNNNNNN、12345 类热线、11 位手机号或 400-NNN-NNNN；固话、热线和 400 号码可带分机“转NNNN”",
            en: "phone: 0AAA-NNNNNNN, a 12345-style hotline, an 11-digit mobile or 400-NNN-NNNN; a landline, hotline or 400 number may add an extension 转NNNN"),
        pattern: "^((0[0-9]{2,3}-[0-9]{5,8}|[0-9]{5}|[48]00-[0-9]{3}-[0-9]{4})(转[0-9]{1,6})?|1[0-9]{10})$"
    ) { raw in
        guard let phone = PhoneNumber.canonical(raw) else {
            return .bad("“\(raw)”不是有效电话号码，应写作 0AAA-NNNNNNN", "“\(raw)” is not a valid phone number; write 0AAA-NNNNNNN")
        }
        return .valid(canonical: phone)
    }

    /// An http or https address; scheme and host in lower case.
    public static let url = ScalarFormat(
        name: "url", summary: Message(zh: "网址（http 或 https）", en: "URL (http or https)"),
        pattern: "^https?://\\S+$"
    ) { raw in
        guard let address = WebAddress.canonical(raw) else {
            return .bad("“\(raw)”不是有效网址（以 http:// 或 https:// 开头）", "“\(raw)” is not a valid URL (starting with http:// or https://)")
        }
        return .valid(canonical: address)
    }

    /// A 统一社会信用代码 (GB 32100-2015) with its check character.
    public static let creditCode = ScalarFormat(
        name: "credit-code", summary: Message(zh: "统一社会信用代码（18 位，GB 32100 校验）", en: "unified social credit code (18 characters, GB 32100 check)"),
        pattern: "^[0-9A-HJ-NPQRTUWXY]{18}$"
    ) { raw in
        let text = asciiUppercased(TextNormalizer.normalizeCode(raw))
        switch CreditCode.validate(text) {
        case .valid: return .valid(canonical: text)
        case .malformed:
            return .bad("“\(raw)”不是 18 位统一社会信用代码（数字和除 I、O、S、V、Z 外的大写字母）",
                        "“\(raw)” is not an 18-character unified social credit code (digits and capital letters except I, O, S, V, Z)")
        case .wrongCheck(let expected):
            return .invalid(.invalidCheckDigit, Message(
                zh: "统一社会信用代码“\(raw)”的校验码错误，按 GB 32100 应为“\(expected)”",
                en: "the check character of unified social credit code “\(raw)” is wrong; GB 32100 gives “\(expected)”"))
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// `text.uppercased()`, without building a copy when `text` is ASCII with no lower-case letter
/// (which upper-casing leaves as it is).
func asciiUppercased(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) { return text }
    return text.uppercased()
}
