/// A closed set of policy terms with the documented aliases each accepts.
///
/// The aliases here are the one alias table of tongban: decoding accepts them, `fmt` rewrites
/// them to their term, and `docs/aliases.md` is generated from `Vocabulary.all`.
public struct Vocabulary: Sendable {
    public let name: String
    /// What the terms are, for the alias table.
    public let summary: Message
    public let terms: [String]
    /// alias → canonical term. Aliases are written in normalized form (`TextNormalizer`).
    public let aliases: [String: String]

    public init(name: String, summary: Message = Message(zh: "", en: ""), terms: [String], aliases: [String: String] = [:]) {
        self.name = name
        self.summary = summary
        self.terms = terms
        self.aliases = aliases
    }

    /// The canonical term for `raw`, or nil when it is neither a term nor an alias.
    public func canonical(_ raw: String) -> String? {
        let text = TextNormalizer.normalize(raw)
        // Equal bytes are equal strings: try that before String's canonical-equivalence compare.
        if terms.contains(where: { hasSameBytes($0, text) }) || terms.contains(text) { return text }
        return aliases[text]
    }

    /// The aliases of `term`, sorted.
    public func aliases(of term: String) -> [String] {
        aliases.filter { $0.value == term }.map(\.key).sorted()
    }
}

extension Vocabulary {
    public static let matterType = Vocabulary(
        name: "matter-type", summary: Message(zh: "事项类型", en: "matter type"),
        terms: ["行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "其他行政权力", "公共服务"])
    public static let status = Vocabulary(
        name: "status", summary: Message(zh: "事项状态", en: "status"),
        terms: ["在用", "暂停", "取消", "草稿"])
    /// 国办发〔2020〕35号 names the three modes 全程网办、异地代收代办、多地联办.
    public static let mode = Vocabulary(
        name: "mode", summary: Message(zh: "通办模式", en: "通办 mode"),
        terms: ["全程网办", "代收代办", "多地联办"],
        aliases: [
            "全程网上办理": "全程网办", "全程网上办": "全程网办", "网上办理": "全程网办",
            "异地代收代办": "代收代办", "收受分离": "代收代办", "异地代收": "代收代办",
            "多地联动办理": "多地联办", "多地协同办理": "多地联办",
        ])
    public static let audience = Vocabulary(
        name: "audience", summary: Message(zh: "服务对象", en: "audience"),
        terms: ["自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "行政机关", "其他组织"],
        aliases: ["个人": "自然人"])
    public static let scope = Vocabulary(
        name: "scope", summary: Message(zh: "通办范围", en: "scope"),
        terms: ["全国", "全省", "区域", "点对点"])
    public static let materialForm = Vocabulary(
        name: "material-form", summary: Message(zh: "材料类型", en: "paper form"),
        terms: ["原件", "复印件", "原件和复印件", "原件或复印件"],
        aliases: ["原件及复印件": "原件和复印件", "原件+复印件": "原件和复印件", "复印件和原件": "原件和复印件", "复印件或原件": "原件或复印件"])
    public static let medium = Vocabulary(
        name: "medium", summary: Message(zh: "材料形式", en: "medium"),
        terms: ["纸质", "电子", "纸质或电子"],
        aliases: [
            "纸质+电子": "纸质或电子", "纸质/电子": "纸质或电子", "纸质、电子": "纸质或电子", "电子或纸质": "纸质或电子",
            "纸质版": "纸质", "纸本": "纸质", "电子版": "电子",
        ])
    public static let necessity = Vocabulary(
        name: "necessity", summary: Message(zh: "材料必要性", en: "necessity"),
        terms: ["必要", "非必要", "容缺后补"],
        aliases: ["必须": "必要", "必需": "必要", "非必须": "非必要", "非必需": "非必要", "容缺": "容缺后补", "容缺受理": "容缺后补"])
    public static let resultType = Vocabulary(
        name: "result-type", summary: Message(zh: "结果类型", en: "result type"),
        terms: ["证照", "批文", "其他", "无"],
        aliases: ["批复": "批文"])
    public static let noFee = Vocabulary(
        name: "fee", summary: Message(zh: "收费（不收费时）", en: "fee (when free)"),
        terms: ["不收费"],
        aliases: ["免费": "不收费", "无": "不收费", "0": "不收费", "免收": "不收费", "不收取费用": "不收费"])
    /// The same-day time limit; other time limits are `N个工作日` / `N个自然日` (`DurationParser`).
    public static let immediate = Vocabulary(
        name: "immediate", summary: Message(zh: "即办时限", en: "same-day time limit"),
        terms: ["即办"],
        aliases: ["即时办结": "即办", "当场办结": "即办", "即来即办": "即办", "立即办理": "即办"])
    public static let dayUnit = Vocabulary(
        name: "day-unit", summary: Message(zh: "时限单位", en: "time-limit unit"),
        terms: ["工作日", "自然日"])

    /// Who does a `process` step: the places of 国办发〔2020〕35号 and the 通办 plans (受理地 where
    /// the applicant goes; 业务属地 the home authority that decides, “寄递或系统转送至业务属地”), and
    /// the places the policies of the listed matters name (户口 迁出地 / 迁入地, 养老保险 转出地 /
    /// 转入地, 参保地, 就医地, 户籍地, 居住地).
    public static let stepOwner = Vocabulary(
        name: "step-owner", summary: Message(zh: "办理环节的承办地", en: "where a process step is done"),
        terms: ["受理地", "业务属地", "迁出地", "迁入地", "转出地", "转入地", "参保地", "就医地", "户籍地", "居住地"],
        aliases: ["代收地": "受理地", "收件地": "受理地", "属地": "业务属地"])
    /// Whether the applicant must be present at a step.
    public static let stepPresence = Vocabulary(
        name: "step-presence", summary: Message(zh: "申请人是否到场", en: "whether the applicant is present"),
        terms: ["到场", "无需到场"],
        aliases: ["需到场": "到场", "现场": "到场", "不到场": "无需到场", "不需到场": "无需到场"])
    /// How a 代收代办 application reaches the home authority: “通过寄递或系统转送至业务属地”.
    public static let transfer = Vocabulary(
        name: "transfer", summary: Message(zh: "材料流转方式", en: "how the application travels"),
        terms: ["寄递", "系统转送"],
        aliases: ["邮寄": "寄递", "快递": "寄递", "系统流转": "系统转送", "网上流转": "系统转送"])

    /// Every vocabulary, in the order the alias table lists them.
    public static let all: [Vocabulary] = [
        matterType, status, mode, audience, scope, materialForm, medium, necessity, resultType, noFee, immediate, dayUnit,
        stepOwner, stepPresence, transfer,
    ]
}
