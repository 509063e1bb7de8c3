import YAMLSource

/// References to things the registry does not have.
struct UnknownReferenceRule: RegistryRule {
    static let description = RuleDescription(
        id: .unknownReference,
        summary: Message(zh: "引用不存在：清单条目的事项、证照、行政区划、批次、材料情形", en: "a reference to a matter, licence, division, batch or situation that does not exist"),
        rationale: Message(zh: "悬空的引用会让清单、告知单和统计出错。", en: "Dangling references break lists, checklists and reports."),
        nonTriggering: [Example("lists/kuasheng.yaml", "name: 跨省通办\nscope: 全国\nbasis: [x]\nbatches:\n  - id: \"2021\"\nentries:\n  - matter: shebaoka\n    batch: \"2021\"\n")],
        triggering: [
            Example("lists/kuasheng.yaml", "name: 跨省通办\nscope: 全国\nbasis: [x]\nbatches:\n  - id: \"2021\"\nentries:\n  - matter: ↓shebaoka-x\n  - matter: shebaoka\n    batch: ↓\"2022\"\n"),
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nsituations: [首次申领]\nmaterials:\n  - name: 居民身份证\n    license: ↓id-card\n    situations: [↓补领]\nsources: [x]\n"),
            Example("regions/370405/nothing.yaml", "↓agency: 台儿庄区行政审批服务局\nsources: [示例]\n"),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        let matterIDs = Set(registry.matters.map(\.id) + registry.files.lazy.filter { $0.kind == .matter }.map(\.id))
        let licenses = Set(registry.catalog.licenses.map(\.id.value))
        let divisions = Set(registry.catalog.divisions.map(\.code.value))
        let hasDivisions = registry.files.contains { $0.kind == .divisions }
        for list in registry.lists {
            let file = "lists/\(list.id).yaml"
            let batches = Set(list.batches.map(\.id.value))
            for entry in list.entries {
                if !matterIDs.contains(entry.matter.value) {
                    report.append(finding(file, entry.matter.range, unknownMatter(entry.matter.value, matterIDs)))
                }
                if let batch = entry.batch, !batches.contains(batch.value) {
                    report.append(finding(file, batch.range, Message(
                        zh: "清单中没有批次“\(batch.value)”", en: "the list has no batch “\(batch.value)”")))
                }
            }
            for region in list.regions where hasDivisions && !divisions.contains(region.value) {
                report.append(finding(file, region.range, unknownDivision(region.value)))
            }
        }
        for matter in registry.matters {
            let file = "matters/\(matter.id).yaml"
            let situations = Set(matter.situations.map(\.value))
            for material in matter.materials {
                if let license = material.license, !licenses.contains(license.value) {
                    report.append(finding(file, license.range, Message(
                        zh: "catalog/licenses.yaml 中没有证照“\(license.value)”", en: "catalog/licenses.yaml has no licence “\(license.value)”")))
                }
                for situation in material.situations where !situations.contains(situation.value) {
                    report.append(finding(file, situation.range, Message(
                        zh: "事项的 situations 中没有情形“\(situation.value)”", en: "the matter's situations have no “\(situation.value)”")))
                }
            }
        }
        for index in registry.implementations.indices where !matterIDs.contains(registry.implementations[index].matterID) {
            let implementation = registry.implementations[index]
            let file = "regions/\(implementation.division)/\(implementation.matterID).yaml"
            report.append(finding(file, .fileStart, Message(
                zh: "没有事项“\(implementation.matterID)”（matters/\(implementation.matterID).yaml），实施清单无所依据",
                en: "there is no matter “\(implementation.matterID)” (matters/\(implementation.matterID).yaml) for this implementation")))
        }
        checkDivisions(registry, divisions, hasDivisions, &report)
    }

    private static func checkDivisions(_ registry: Registry, _ divisions: Set<String>, _ hasDivisions: Bool, _ report: inout [Diagnostic]) {
        guard hasDivisions else { return }
        for division in registry.catalog.divisions {
            if let parent = division.parent, !divisions.contains(parent.value) {
                report.append(finding("catalog/divisions.yaml", parent.range, unknownDivision(parent.value)))
            }
        }
        if let jurisdiction = registry.manifest?.jurisdiction, !divisions.contains(jurisdiction.value) {
            report.append(finding("registry.yaml", jurisdiction.range, unknownDivision(jurisdiction.value)))
        }
    }

    private static func finding(_ file: String, _ range: SourceRange, _ message: Message) -> Diagnostic {
        Diagnostic(file: file, range: range, rule: .unknownReference, message: message)
    }

    static func unknownMatter(_ id: String, _ known: Set<String>) -> Message {
        let hint = Suggestion.nearest(to: id, in: known.sorted())
        let zhHint = hint.map { "，是否应为“\($0)”？" } ?? ""
        let enHint = hint.map { "; did you mean “\($0)”?" } ?? ""
        return Message(zh: "没有事项“\(id)”（matters/\(id).yaml）\(zhHint)", en: "there is no matter “\(id)” (matters/\(id).yaml)\(enHint)")
    }

    static func unknownDivision(_ code: String) -> Message {
        Message(zh: "catalog/divisions.yaml 中没有行政区划“\(code)”", en: "catalog/divisions.yaml has no division “\(code)”")
    }
}
