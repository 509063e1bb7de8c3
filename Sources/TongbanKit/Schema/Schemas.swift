/// The schema 1 description of every file kind. This one table drives decoding,
/// `tongban schema` and the documentation, so they cannot drift apart.
public enum Schemas {
    /// The schema version this tongban reads.
    public static let version = 1

    private static let texts = ValueType.list(.scalar(.text))
    private static let sourcesField = FieldSchema("sources", texts, zh: "来源：每项事实所依据的文件、网页", en: "sources: the documents and pages each fact comes from")

    public static let manifest = ObjectSchema(name: "registry", fields: [
        FieldSchema("schema", .integer(min: 1), .required, zh: "整个标准库的格式版本", en: "schema version of the whole tree"),
        FieldSchema("name", .scalar(.text), .required, zh: "标准库名称", en: "name of the registry"),
        FieldSchema("jurisdiction", .scalar(.divisionCode), .required, zh: "标准所属行政区划代码", en: "division whose standards these are"),
        sourcesField,
    ])

    public static let batch = ObjectSchema(name: "batch", fields: [
        FieldSchema("id", .scalar(.id), .required, zh: "批次标识", en: "batch id"),
        FieldSchema("name", .scalar(.text), zh: "批次名称", en: "batch name"),
        FieldSchema("due", .scalar(.date), zh: "该批次应落地的期限", en: "deadline by which the batch must be live"),
    ])

    public static let entry = ObjectSchema(name: "entry", fields: [
        FieldSchema("matter", .scalar(.id), .required, zh: "事项标识（matters/ 下的文件名）", en: "matter id (file name under matters/)"),
        FieldSchema("batch", .scalar(.id), zh: "所属批次标识", en: "batch id"),
    ])

    public static let list = ObjectSchema(name: "list", fields: [
        FieldSchema("name", .scalar(.text), .required, zh: "清单名称", en: "list name"),
        FieldSchema("scope", .scalar(.enumeration(.scope)), .required, zh: "通办范围", en: "scope"),
        FieldSchema("regions", .list(.scalar(.divisionCode)), zh: "参与的行政区划（区域、点对点通办必填）", en: "divisions taking part (required for 区域 and 点对点)"),
        FieldSchema("basis", texts, .required, zh: "设立清单的文件", en: "documents that set the list up"),
        FieldSchema("batches", .list(.object(batch)), zh: "批次", en: "batches"),
        FieldSchema("entries", .list(.object(entry)), .required, zh: "清单所含事项", en: "the matters on the list"),
        FieldSchema("notes", texts, zh: "说明：来源之间不一致之处（如各文件所称事项数），每条写明出处；不参与 diff 比较", en: "notes: where sources disagree (such as the counts different documents give), each with its source; not compared by diff"),
        sourcesField,
    ])

    public static let material = ObjectSchema(name: "material", fields: [
        FieldSchema("name", .scalar(.materialName), .required, zh: "材料名称", en: "material name"),
        FieldSchema("form", .scalar(.enumeration(.materialForm)), zh: "材料类型：原件、复印件……", en: "paper form: original, copy, …"),
        FieldSchema("medium", .scalar(.enumeration(.medium)), zh: "材料形式：纸质、电子", en: "medium: paper, electronic"),
        FieldSchema("copies", .integer(min: 1), zh: "份数", en: "number of copies"),
        FieldSchema("required", .scalar(.enumeration(.necessity)), zh: "必要性", en: "necessity"),
        FieldSchema("license", .scalar(.id), zh: "可替代的电子证照（catalog/licenses.yaml 中的标识）", en: "electronic licence that replaces it (id in catalog/licenses.yaml)"),
        FieldSchema("situations", texts, zh: "适用情形（默认：全部情形）", en: "situations it applies to (default: all)"),
        FieldSchema("note", .scalar(.text), zh: "备注", en: "note"),
    ])

    public static let timeLimit = ObjectSchema(name: "time-limit", fields: [
        FieldSchema("statutory", .duration, zh: "法定办结时限", en: "statutory time limit", names: ["法定办结时限", "法定时限"]),
        FieldSchema("promised", .duration, zh: "承诺办结时限", en: "promised time limit", names: ["承诺办结时限", "承诺时限"]),
        FieldSchema("note", .scalar(.text), zh: "说明", en: "note"),
    ])

    public static let feeItem = ObjectSchema(name: "fee-item", fields: [
        FieldSchema("item", .scalar(.text), .required, zh: "收费项目", en: "fee item"),
        FieldSchema("standard", .scalar(.text), .required, zh: "收费标准", en: "fee standard"),
        FieldSchema("basis", .scalar(.text), zh: "收费依据", en: "legal basis of the fee"),
    ])

    public static let result = ObjectSchema(name: "result", fields: [
        FieldSchema("name", .scalar(.text), zh: "办理结果名称", en: "result name"),
        FieldSchema("type", .scalar(.enumeration(.resultType)), zh: "结果类型", en: "result type"),
        FieldSchema("delivery", texts, zh: "送达方式", en: "delivery"),
    ])

    public static let processStep = ObjectSchema(name: "process-step", fields: [
        FieldSchema("step", .scalar(.text), .required, zh: "环节名称", en: "step name"),
        FieldSchema("by", .scalar(.enumeration(.stepOwner)), zh: "承办地：受理地、业务属地、迁出地、迁入地……", en: "where it is done: 受理地, 业务属地, 迁出地, 迁入地, …"),
        FieldSchema("time", .duration, zh: "环节时限", en: "time the step takes"),
        FieldSchema("applicant", .scalar(.enumeration(.stepPresence)), zh: "申请人是否到场", en: "whether the applicant must be present"),
    ])

    /// The unit that answers for a matter's standard (责任单位), distinct from its 业务主管部门.
    public static let maintainer = ObjectSchema(name: "maintainer", fields: [
        FieldSchema("name", .scalar(.text), .required, zh: "标准维护（责任）单位", en: "unit that maintains and answers for the standard"),
        FieldSchema("contact", .scalar(.text), zh: "联系方式：电话、邮箱或科室", en: "contact: phone, e-mail or office"),
    ])

    public static let matter = ObjectSchema(name: "matter", fields: [
        FieldSchema("name", .scalar(.text), .required, zh: "事项名称", en: "matter name"),
        FieldSchema("catalog_code", .scalar(.catalogCode), zh: "基本编码", en: "catalog code"),
        FieldSchema("type", .scalar(.enumeration(.matterType)), .requiredUnlessDraft, zh: "事项类型", en: "matter type"),
        FieldSchema("department", .scalar(.text), .requiredUnlessDraft, zh: "业务主管部门", en: "competent department", names: ["业务主管部门", "主管部门"]),
        FieldSchema("maintainer", .object(maintainer), zh: "标准责任单位及联系方式（可选；tongban log 与告知单页脚使用）", en: "unit responsible for the standard, with a contact (optional; used by tongban log and the checklist footer)"),
        FieldSchema("status", .scalar(.enumeration(.status)), .required, zh: "事项状态", en: "status"),
        FieldSchema("basis", texts, .requiredUnlessDraft, zh: "设定依据", en: "legal basis"),
        FieldSchema("modes", .list(.scalar(.enumeration(.mode))), .requiredUnlessDraft, zh: "通办模式", en: "通办 modes"),
        FieldSchema("audience", .list(.scalar(.enumeration(.audience))), zh: "服务对象", en: "audience"),
        FieldSchema("conditions", texts, .requiredUnlessDraft, zh: "受理条件", en: "conditions of acceptance"),
        FieldSchema("situations", texts, zh: "情形", en: "situations"),
        FieldSchema("materials", .list(.object(material)), .requiredUnlessDraft, zh: "申请材料（按打印顺序）", en: "materials, in print order"),
        FieldSchema("time_limit", .object(timeLimit), .requiredUnlessDraft, zh: "办结时限", en: "time limits", names: ["办结时限", "时限"]),
        FieldSchema("visits", .integer(min: 0), zh: "到办事现场次数", en: "visits in person"),
        FieldSchema("fee", .scalarOrList(.enumeration(.noFee), .list(.object(feeItem))), .requiredUnlessDraft, zh: "收费：不收费或收费项目列表", en: "fee: 不收费 or a list of items"),
        FieldSchema("result", .object(result), .requiredUnlessDraft, zh: "办理结果", en: "result"),
        FieldSchema("process", .list(.scalarOrObject(.text, processStep)), .requiredUnlessDraft, zh: "办理流程：环节名称，或 {step, by, time, applicant}", en: "process: step names, or {step, by, time, applicant}"),
        FieldSchema("transfer", .list(.scalar(.enumeration(.transfer))), zh: "代收代办的材料流转方式：寄递、系统转送", en: "how a 代收代办 application reaches the home authority: 寄递, 系统转送", names: ["材料流转方式"]),
        FieldSchema("sources", texts, .required, zh: "来源：每项事实所依据的文件、网页", en: "sources: the documents and pages each fact comes from"),
    ])

    public static let window = ObjectSchema(name: "window", fields: [
        FieldSchema("name", .scalar(.text), .required, zh: "窗口名称", en: "window name"),
        FieldSchema("address", .scalar(.text), zh: "地址", en: "address"),
        FieldSchema("hours", .scalar(.text), zh: "办理时间", en: "opening hours"),
    ])

    public static let implementation = ObjectSchema(
        name: "implementation",
        fields: [
            FieldSchema("agency", .scalar(.text), .required, zh: "实施主体", en: "implementing agency"),
            FieldSchema("agency_code", .scalar(.creditCode), zh: "实施主体统一社会信用代码", en: "agency's unified social credit code"),
            FieldSchema("task_code", .scalar(.taskCode), zh: "实施编码", en: "task code"),
            FieldSchema("windows", .list(.object(window)), zh: "办理窗口", en: "windows"),
            FieldSchema("phone", .scalar(.phone), zh: "咨询电话", en: "enquiry phone"),
            FieldSchema("complaint_phone", .scalar(.phone), zh: "监督投诉电话", en: "complaints phone"),
            FieldSchema("online_url", .scalar(.url), zh: "网办地址", en: "online service address"),
            FieldSchema("promised", .duration, zh: "本地承诺时限（只能短于标准）", en: "local promised time (only shorter than the standard's)"),
            sourcesField,
        ],
        forbiddenKeys: matter.fields.map(\.key).filter { $0 != "sources" })

    /// A place of a region: a service hall or a 通办专窗.
    private static func servicePoint(_ name: String, zh: String, en: String) -> ObjectSchema {
        ObjectSchema(name: name, fields: [
            FieldSchema("name", .scalar(.text), .required, zh: zh, en: en),
            FieldSchema("address", .scalar(.text), zh: "地址", en: "address"),
            FieldSchema("hours", .scalar(.text), zh: "办理时间", en: "opening hours"),
            FieldSchema("phone", .scalar(.phone), zh: "电话", en: "phone"),
        ])
    }

    public static let hall = servicePoint("hall", zh: "政务服务大厅名称", en: "service hall name")
    public static let tongbanWindow = servicePoint("tongban-window", zh: "通办专窗名称", en: "通办 window name")
    public static let assistance = servicePoint("assistance", zh: "帮办代办联系人或窗口", en: "帮办代办 contact or desk")

    /// `regions/<division>/region.yaml`: what a region offers for every matter it implements.
    public static let region = ObjectSchema(
        name: "region",
        fields: [
            FieldSchema("halls", .list(.object(hall)), zh: "政务服务大厅", en: "service halls"),
            FieldSchema("windows", .list(.object(tongbanWindow)), zh: "通办专窗（实施清单未写窗口时使用）", en: "通办 windows (used where an implementation names none)"),
            FieldSchema("assistance", .object(assistance), zh: "帮办代办", en: "帮办代办 (assisted applications)"),
            FieldSchema("complaint_phone", .scalar(.phone), zh: "监督投诉电话（实施清单未写时使用）", en: "complaints phone (used where an implementation gives none)"),
            sourcesField,
        ],
        forbiddenKeys: matter.fields.map(\.key).filter { $0 != "sources" })

    public static let division = ObjectSchema(name: "division", fields: [
        FieldSchema("code", .scalar(.divisionCode), .required, zh: "行政区划代码", en: "division code"),
        FieldSchema("name", .scalar(.text), .required, zh: "名称", en: "name"),
        FieldSchema("parent", .scalar(.divisionCode), zh: "上级区划代码", en: "parent division code"),
    ])

    public static let license = ObjectSchema(name: "license", fields: [
        FieldSchema("id", .scalar(.id), .required, zh: "证照标识", en: "licence id"),
        FieldSchema("name", .scalar(.text), .required, zh: "证照名称", en: "licence name"),
        FieldSchema("issuer", .scalar(.text), zh: "发证机关", en: "issuer"),
        sourcesField,
    ])

    public static let materialName = ObjectSchema(name: "material-name", fields: [
        FieldSchema("name", .scalar(.text), .required, zh: "规范材料名称", en: "canonical material name"),
        FieldSchema("synonyms", texts, zh: "同义名称", en: "synonyms"),
        sourcesField,
    ])
}
