/// The old and new text of each changed value of a matter's standard, for `diff` to say what
/// changed and not only where: scalar fields as written (canonical), lists joined with `、`,
/// time limits and result parts one by one, and for a material kept under its name each of its
/// properties that changed (`materials[居民身份证].copies`).
enum ValueComparison {
    /// The value changes from `old` to `new`, in schema order; a field absent on a side is nil there.
    static func changes(from old: Matter, to new: Matter) -> [ValueChange] {
        var found: [ValueChange] = []
        func add(_ field: String, _ before: String?, _ after: String?) {
            if before != after { found.append(ValueChange(field: field, old: before, new: after)) }
        }
        add("name", old.name?.value, new.name?.value)
        add("catalog_code", old.catalogCode?.value, new.catalogCode?.value)
        add("type", old.type?.value, new.type?.value)
        add("department", old.department?.value, new.department?.value)
        add("status", old.status?.value, new.status?.value)
        add("basis", joined(old.basis), joined(new.basis))
        add("modes", joined(old.modes), joined(new.modes))
        add("audience", joined(old.audience), joined(new.audience))
        add("conditions", joined(old.conditions), joined(new.conditions))
        add("situations", joined(old.situations), joined(new.situations))
        found += materials(old.materials, new.materials)
        add("time_limit.statutory", old.timeLimit?.statutory?.value, new.timeLimit?.statutory?.value)
        add("time_limit.promised", old.timeLimit?.promised?.value, new.timeLimit?.promised?.value)
        add("time_limit.note", old.timeLimit?.note?.value, new.timeLimit?.note?.value)
        add("visits", old.visits.map { String($0.value) }, new.visits.map { String($0.value) })
        add("fee", fee(old.fee), fee(new.fee))
        add("result.name", old.result?.name?.value, new.result?.name?.value)
        add("result.type", old.result?.type?.value, new.result?.type?.value)
        add("result.delivery", joined(old.result?.delivery ?? []), joined(new.result?.delivery ?? []))
        add("process", process(old.process), process(new.process))
        add("transfer", joined(old.transfer), joined(new.transfer))
        return found
    }

    /// The properties that changed of each material on both sides (matched by canonical name).
    private static func materials(_ old: [Material], _ new: [Material]) -> [ValueChange] {
        let before = Dictionary(old.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [ValueChange] = []
        var seen: Set<String> = []
        for after in new where seen.insert(after.name.value).inserted {
            guard let was = before[after.name.value], was != after else { continue }
            let field = "materials[\(after.name.value)]"
            let pairs: [(String, String?, String?)] = [
                ("form", was.form?.value, after.form?.value),
                ("medium", was.medium?.value, after.medium?.value),
                ("copies", was.copies.map { String($0.value) }, after.copies.map { String($0.value) }),
                ("required", was.required?.value, after.required?.value),
                ("license", was.license?.value, after.license?.value),
                ("situations", joined(was.situations), joined(after.situations)),
                ("note", was.note?.value, after.note?.value),
            ]
            for (key, a, b) in pairs where a != b { found.append(ValueChange(field: "\(field).\(key)", old: a, new: b)) }
        }
        return found
    }

    private static func joined(_ values: [Located<String>]) -> String? {
        values.isEmpty ? nil : values.map(\.value).joined(separator: "、")
    }

    private static func fee(_ fee: Fee?) -> String? {
        switch fee {
        case nil: nil
        case .some(.none(let text)): text.value
        case .some(.items(let items)):
            items.map { item in [item.item.value, item.standard.value].joined(separator: "：") + (item.basis.map { "（\($0.value)）" } ?? "") }.joined(separator: "；")
        }
    }

    /// Steps as `受理（受理地，1个工作日）`, joined with ` → `.
    private static func process(_ steps: [ProcessStep]) -> String? {
        guard !steps.isEmpty else { return nil }
        return steps.map { step in
            let details = [step.by?.value, step.time?.value, step.applicant?.value].compactMap { $0 }
            return step.step.value + (details.isEmpty ? "" : "（" + details.joined(separator: "，") + "）")
        }.joined(separator: " → ")
    }
}

/// One value of a standard before and after (nil where it was not written).
public struct ValueChange: Sendable, Hashable {
    /// The key path: `modes`, `time_limit.promised`, `materials[居民身份证].copies`.
    public var field: String
    public var old: String?
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}
