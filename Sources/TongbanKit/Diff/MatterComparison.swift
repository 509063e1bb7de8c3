/// Compares two versions of a matter's standard by value: spans, comments, layout and anything
/// `tongban fmt` would rewrite make no difference. `sources` (where facts came from) is not part
/// of the standard and is not compared.
enum MatterComparison {
    /// The compared fields, by YAML key, in schema order.
    static let fields: [(key: String, differs: @Sendable (Matter, Matter) -> Bool)] = [
        ("name", { $0.name != $1.name }),
        ("catalog_code", { $0.catalogCode != $1.catalogCode }),
        ("type", { $0.type != $1.type }),
        ("department", { $0.department != $1.department }),
        ("status", { $0.status != $1.status }),
        ("basis", { $0.basis != $1.basis }),
        ("modes", { $0.modes != $1.modes }),
        ("audience", { $0.audience != $1.audience }),
        ("conditions", { $0.conditions != $1.conditions }),
        ("situations", { $0.situations != $1.situations }),
        ("materials", { $0.materials != $1.materials }),
        ("time_limit", { $0.timeLimit != $1.timeLimit }),
        ("visits", { $0.visits != $1.visits }),
        ("fee", { $0.fee != $1.fee }),
        ("result", { $0.result != $1.result }),
        ("process", { $0.process != $1.process }),
        ("transfer", { $0.transfer != $1.transfer }),
    ]

    /// A matter with nothing set, standing in for a file that does not exist on one side.
    static func absent(_ id: String) -> Matter {
        Matter(id: id, ObjectValue(range: .fileStart))
    }

    /// `matter` with material synonyms replaced by their canonical names from `synonyms`.
    static func canonical(_ matter: Matter, synonyms: [String: String]) -> Matter {
        guard !synonyms.isEmpty else { return matter }
        var result = matter
        for index in result.materials.indices {
            if let name = synonyms[result.materials[index].name.value] {
                result.materials[index].name.value = name
            }
        }
        return result
    }

    /// How `old` became `new`, or nil when they say the same.
    /// `exists`: whether the matter's file is on each side; the values of a matter created or
    /// deleted are not listed (its whole standard is new, or gone).
    static func change(from old: Matter, to new: Matter, name: String, bothExist: Bool = true) -> MatterChange? {
        let changed = fields.filter { $0.differs(old, new) }.map(\.key)
        guard !changed.isEmpty else { return nil }
        var change = MatterChange(matter: new.id, name: name, fields: changed)
        if bothExist { change.values = ValueComparison.changes(from: old, to: new) }
        if let from = old.name?.value, let to = new.name?.value, from != to {
            change.renamed = MatterChange.Rename(from: from, to: to)
        }
        if changed.contains("materials") {
            change.materials = materials(from: old.materials, to: new.materials)
        }
        if changed.contains("time_limit") {
            change.timeLimit = MatterChange.TimeLimitChange(old: limits(old.timeLimit), new: limits(new.timeLimit))
        }
        return change
    }

    private static func materials(from old: [Material], to new: [Material]) -> MatterChange.MaterialChanges {
        let oldByName = Dictionary(old.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.map(\.name.value))
        var added: [String] = []
        var changed: [String] = []
        for material in new {
            let name = material.name.value
            guard !added.contains(name), !changed.contains(name) else { continue }
            if let before = oldByName[name] {
                if before != material { changed.append(name) }
            } else {
                added.append(name)
            }
        }
        var removed: [String] = []
        for material in old where !newNames.contains(material.name.value) && !removed.contains(material.name.value) {
            removed.append(material.name.value)
        }
        return MatterChange.MaterialChanges(added: added, removed: removed, changed: changed)
    }

    private static func limits(_ limit: TimeLimit?) -> MatterChange.TimeLimitChange.Limits {
        MatterChange.TimeLimitChange.Limits(statutory: limit?.statutory?.value, promised: limit?.promised?.value)
    }
}
