/// A closed set of policy terms with the documented aliases each accepts.
public struct Vocabulary: Sendable {
    public let name: String
    public let terms: [String]
    /// alias → canonical term.
    public let aliases: [String: String]

    public init(name: String, terms: [String], aliases: [String: String] = [:]) {
        self.name = name
        self.terms = terms
        self.aliases = aliases
    }

    /// The canonical term for `raw`, or nil when it is neither a term nor an alias.
    public func canonical(_ raw: String) -> String? {
        let text = TextNormalizer.normalize(raw)
        // Equal bytes are equal strings: try that before String's canonical-equivalence compare.
        if terms.contains(where: { $0.utf8.elementsEqual(text.utf8) }) || terms.contains(text) { return text }
        return aliases[text]
    }
}

extension Vocabulary {
    public static let matterType = Vocabulary(
        name: "matter-type",
        terms: ["行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "其他行政权力", "公共服务"])
    public static let status = Vocabulary(name: "status", terms: ["在用", "暂停", "取消", "草稿"])
    public static let mode = Vocabulary(
        name: "mode", terms: ["全程网办", "代收代办", "多地联办"],
        aliases: ["收受分离": "代收代办", "异地代收": "代收代办"])
    public static let audience = Vocabulary(
        name: "audience", terms: ["自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "行政机关", "其他组织"])
    public static let scope = Vocabulary(name: "scope", terms: ["全国", "全省", "区域", "点对点"])
    public static let materialForm = Vocabulary(
        name: "material-form", terms: ["原件", "复印件", "原件和复印件", "原件或复印件"])
    public static let medium = Vocabulary(
        name: "medium", terms: ["纸质", "电子", "纸质或电子"], aliases: ["纸质+电子": "纸质或电子"])
    public static let necessity = Vocabulary(name: "necessity", terms: ["必要", "非必要", "容缺后补"])
    public static let resultType = Vocabulary(name: "result-type", terms: ["证照", "批文", "其他", "无"])
    public static let noFee = Vocabulary(
        name: "fee", terms: ["不收费"], aliases: ["免费": "不收费", "无": "不收费", "0": "不收费"])
}
