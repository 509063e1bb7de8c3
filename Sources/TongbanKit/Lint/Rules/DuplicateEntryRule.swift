import YAMLSource

/// The same thing listed twice where it must be unique.
struct DuplicateEntryRule: RegistryRule {
    static let description = RuleDescription(
        id: .duplicateEntry,
        summary: Message(zh: "重复条目：清单中事项重复、事项中材料重复、批次或目录条目重复、两个事项同名", en: "a matter twice in one list, a material twice in one matter, a batch or catalog entry twice, two matters of one name"),
        rationale: Message(zh: "重复条目会让告知单多列材料、让统计多算事项。", en: "Duplicates print materials twice on checklists and count matters twice in reports."),
        nonTriggering: [Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nsituations: [首次申领, 补领]\nmaterials:\n  - name: 照片\n    situations: [首次申领]\n  - name: 照片\n    situations: [补领]\nsources: [x]\n")],
        triggering: [
            Example("lists/kuasheng.yaml", "name: 跨省通办\nscope: 全国\nbasis: [x]\nbatches:\n  - id: \"2021\"\n  - id: ↓\"2021\"\nentries:\n  - matter: shebaoka\n  - matter: ↓shebaoka\n"),
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nmaterials:\n  - name: 居民身份证\n  - name: ↓居民身份证\nsources: [x]\n"),
            Example("catalog/licenses.yaml", "- id: resident-id-card\n  name: 居民身份证\n- id: ↓resident-id-card\n  name: 身份证\n"),
            Example("matters/zz-shebaoka.yaml", "name: ↓社会保障卡申领\nstatus: 草稿\nsources: [x]\n"),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        for list in registry.lists {
            let file = "lists/\(list.id).yaml"
            repeats(list.batches.map(\.id), file, "批次", "batch", &report)
            repeats(list.entries.map(\.matter), file, "事项", "matter", &report)
        }
        sameNames(registry.matters, &report)
        for matter in registry.matters {
            let file = "matters/\(matter.id).yaml"
            repeats(matter.situations, file, "情形", "situation", &report)
            repeats(matter.modes, file, "通办模式", "mode", &report)
            materials(matter, file, &report)
        }
        repeats(registry.catalog.divisions.map(\.code), "catalog/divisions.yaml", "行政区划", "division", &report)
        repeats(registry.catalog.licenses.map(\.id), "catalog/licenses.yaml", "证照", "licence", &report)
        let names = registry.catalog.materials.flatMap { [$0.name] + $0.synonyms }
        repeats(names, "catalog/materials.yaml", "材料名称", "material name", &report)
    }

    /// Two matters with the same name: every one after the first (by id) points at the first.
    /// Names that are equal only once invisible characters are removed are `confusable-text`.
    private static func sameNames(_ matters: [Matter], _ report: inout [Diagnostic]) {
        var first: [String: String] = [:]
        for matter in matters.sorted(by: { $0.id < $1.id }) {
            guard let name = matter.name else { continue }
            if let earlier = first[name.value] {
                report.append(Diagnostic(file: "matters/\(matter.id).yaml", range: name.range, rule: .duplicateEntry, message: Message(
                    zh: "事项名称“\(name.value)”与 matters/\(earlier).yaml 相同：同一事项只写一个标准，不同事项请用不同名称",
                    en: "the matter name “\(name.value)” is the same as in matters/\(earlier).yaml: one matter has one standard; give different matters different names")))
            } else {
                first[name.value] = matter.id
            }
        }
    }

    /// Materials repeat when they share a name and a situation (no situations means all).
    private static func materials(_ matter: Matter, _ file: String, _ report: inout [Diagnostic]) {
        var seen: [String: [Material]] = [:]
        for material in matter.materials {
            let earlier = seen[material.name.value, default: []]
            let clash = earlier.contains { other in
                material.situations.isEmpty || other.situations.isEmpty
                    || !Set(material.situations.map(\.value)).isDisjoint(with: other.situations.map(\.value))
            }
            if clash {
                report.append(Diagnostic(file: file, range: material.name.range, rule: .duplicateEntry, message: Message(
                    zh: "材料“\(material.name.value)”重复（同名材料须限定在不同情形）",
                    en: "material “\(material.name.value)” appears twice (materials of the same name must apply to different situations)")))
            }
            seen[material.name.value, default: []].append(material)
        }
    }

    private static func repeats(_ values: [Located<String>], _ file: String, _ zh: String, _ en: String, _ report: inout [Diagnostic]) {
        var first: [String: SourceRange] = [:]
        for value in values {
            if let earlier = first[value.value] {
                report.append(Diagnostic(file: file, range: value.range, rule: .duplicateEntry, message: Message(
                    zh: "\(zh)“\(value.value)”重复，第 \(earlier.start.line) 行已有",
                    en: "\(en) “\(value.value)” repeats the one on line \(earlier.start.line)")))
            } else {
                first[value.value] = value.range
            }
        }
    }
}
