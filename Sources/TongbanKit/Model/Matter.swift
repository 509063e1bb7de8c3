/// A matter's standard (`matters/<id>.yaml`): what every 通办 window accepts the same way.
public struct Matter: Sendable, Hashable {
    public var id: String
    public var name: Located<String>?
    public var catalogCode: Located<String>?
    public var type: Located<String>?
    public var department: Located<String>?
    /// The unit that answers for the standard (责任单位), with a contact; optional.
    public var maintainer: Maintainer?
    public var status: Located<String>?
    public var basis: [Located<String>]
    public var modes: [Located<String>]
    public var audience: [Located<String>]
    public var conditions: [Located<String>]
    public var situations: [Located<String>]
    public var materials: [Material]
    public var timeLimit: TimeLimit?
    public var visits: Located<Int>?
    public var fee: Fee?
    public var result: MatterResult?
    /// 办理流程, in order: plain step names and steps with an owner, time and presence.
    public var process: [ProcessStep]
    /// How a 代收代办 application reaches the home authority (寄递, 系统转送).
    public var transfer: [Located<String>]
    public var sources: [Located<String>]

    init(id: String, _ o: ObjectValue) {
        self.id = id
        name = o.text("name")
        catalogCode = o.text("catalog_code")
        type = o.text("type")
        department = o.text("department")
        maintainer = o.object("maintainer").flatMap(Maintainer.init)
        status = o.text("status")
        basis = o.texts("basis")
        modes = o.texts("modes")
        audience = o.texts("audience")
        conditions = o.texts("conditions")
        situations = o.texts("situations")
        materials = o.objects("materials").compactMap(Material.init)
        timeLimit = o.object("time_limit").map(TimeLimit.init)
        visits = o.integer("visits")
        fee = o["fee"].flatMap(Fee.init)
        result = o.object("result").map(MatterResult.init)
        process = o["process"]?.list?.compactMap(ProcessStep.init) ?? []
        transfer = o.texts("transfer")
        sources = o.texts("sources")
    }

    public var displayName: String { name?.value ?? id }
    public var isDraft: Bool { status?.value == "草稿" }

    /// Whether `modes` names `mode` (a canonical term).
    public func has(mode: String) -> Bool { modes.contains { $0.value == mode } }

    /// The `modes` item that names `mode`, if any.
    public func modeItem(_ mode: String) -> Located<String>? { modes.first { $0.value == mode } }
}

/// The unit responsible for a matter's standard (`maintainer:`), distinct from `department`
/// (业务主管部门): who answers for the text of the standard and how to reach them.
public struct Maintainer: Sendable, Hashable {
    public var name: Located<String>
    public var contact: Located<String>?

    init?(_ o: ObjectValue) {
        guard let name = o.text("name") else { return nil }
        self.name = name
        contact = o.text("contact")
    }

    /// `name（contact）`, or the name alone.
    public var label: String {
        contact.map { "\(name.value)（\($0.value)）" } ?? name.value
    }
}

/// One step of 办理流程: a plain name (`受理`, a step with no owner) or `{step, by, time, applicant}`.
public struct ProcessStep: Sendable, Hashable {
    public var step: Located<String>
    /// Where the step is done (受理地, 业务属地, 迁出地, …); nil for a step with no owner.
    public var by: Located<String>?
    /// How long the step takes.
    public var time: Located<String>?
    /// 到场 when the applicant must be present at this step.
    public var applicant: Located<String>?
    /// Where the whole step is written.
    public var range: SourceRange

    init?(_ value: Value) {
        if let text = value.text {
            self.init(step: text, range: value.range)
        } else if let o = value.object, let step = o.text("step") {
            self.init(step: step, by: o.text("by"), time: o.text("time"), applicant: o.text("applicant"), range: o.range)
        } else {
            return nil
        }
    }

    public init(step: Located<String>, by: Located<String>? = nil, time: Located<String>? = nil, applicant: Located<String>? = nil, range: SourceRange) {
        self.step = step
        self.by = by
        self.time = time
        self.applicant = applicant
        self.range = range
    }

    public var duration: Duration? { time.flatMap { DurationParser.parse($0.value) } }
    /// Whether the applicant must be present at this step.
    public var needsApplicant: Bool { applicant?.value == "到场" }

    /// Steps are equal when they say the same thing, wherever they are written.
    public static func == (a: ProcessStep, b: ProcessStep) -> Bool {
        a.step == b.step && a.by == b.by && a.time == b.time && a.applicant == b.applicant
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(step)
        hasher.combine(by)
        hasher.combine(time)
        hasher.combine(applicant)
    }
}

/// One 申请材料 of a matter.
public struct Material: Sendable, Hashable {
    public var name: Located<String>
    public var form: Located<String>?
    public var medium: Located<String>?
    public var copies: Located<Int>?
    public var required: Located<String>?
    public var license: Located<String>?
    public var situations: [Located<String>]
    public var note: Located<String>?

    init?(_ o: ObjectValue) {
        guard let name = o.text("name") else { return nil }
        self.name = name
        form = o.text("form")
        medium = o.text("medium")
        copies = o.integer("copies")
        required = o.text("required")
        license = o.text("license")
        situations = o.texts("situations")
        note = o.text("note")
    }

    /// Whether the material is asked for in `situation` (every situation when it names none).
    public func applies(to situation: String) -> Bool {
        situations.isEmpty || situations.contains { $0.value == situation }
    }
}

/// Statutory and promised time limits.
public struct TimeLimit: Sendable, Hashable {
    public var statutory: Located<String>?
    public var promised: Located<String>?
    public var note: Located<String>?

    init(_ o: ObjectValue) {
        statutory = o.text("statutory")
        promised = o.text("promised")
        note = o.text("note")
    }

    public var statutoryDuration: Duration? { statutory.flatMap { DurationParser.parse($0.value) } }
    public var promisedDuration: Duration? { promised.flatMap { DurationParser.parse($0.value) } }
}

/// The fee: none, or a list of charged items.
public enum Fee: Sendable, Hashable {
    case none(Located<String>)
    case items([Item])

    public struct Item: Sendable, Hashable {
        public var item: Located<String>
        public var standard: Located<String>
        public var basis: Located<String>?
    }

    init?(_ value: Value) {
        if let text = value.text {
            self = .none(text)
        } else if let list = value.list {
            self = .items(list.compactMap(\.object).compactMap { o in
                guard let item = o.text("item"), let standard = o.text("standard") else { return nil }
                return Item(item: item, standard: standard, basis: o.text("basis"))
            })
        } else {
            return nil
        }
    }
}

/// What the applicant receives and how.
public struct MatterResult: Sendable, Hashable {
    public var name: Located<String>?
    public var type: Located<String>?
    public var delivery: [Located<String>]

    init(_ o: ObjectValue) {
        name = o.text("name")
        type = o.text("type")
        delivery = o.texts("delivery")
    }
}
