/// Regions that implement 跨省通办 or 全省通办 matters but have no 通办专窗 on file.
struct MissingTongbanWindowRule: RegistryRule {
    static let description = RuleDescription(
        id: .missingTongbanWindow,
        summary: Message(
            zh: "地区实施了跨省或全省通办事项，但 region.yaml 中没有通办专窗",
            en: "a region implementing a 跨省通办 or 全省通办 matter with no 通办专窗 in its region.yaml"),
        rationale: Message(
            zh: "“政务服务大厅和有关专业大厅要设立‘通办’服务专窗”（台政办发〔2021〕6号解读）。专窗写在 regions/<区划>/region.yaml 的 windows 中，实施清单未写窗口时告知单使用它。没有来源时不要编造：警告会如实保留。",
            en: "Service halls must run a 通办 window. It belongs in regions/<division>/region.yaml under windows, and checklists use it where an implementation names no window. Without a source, leave it out: the warning then stays, honestly."),
        nonTriggering: [Example("regions/370405/region.yaml", ExampleRegistry.region)],
        triggering: [
            Example("regions/370405/region.yaml", "↓assistance:\n  name: 帮办代办窗口\nsources: [示例]\n"),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        var wide: Set<String> = []
        for list in registry.lists where list.scope?.value == "全国" || list.scope?.value == "全省" {
            wide.formUnion(list.entries.map(\.matter.value))
        }
        var divisions: Set<String> = []
        for index in registry.implementations.indices where wide.contains(registry.implementations[index].matterID) {
            divisions.insert(registry.implementations[index].division)
        }
        let regions = registry.regionsByDivision
        for division in RegionRules.checked(divisions, registry) where regions[division]?.windows.isEmpty ?? true {
            report.append(Diagnostic(file: Region.path(of: division), range: .fileStart, rule: .missingTongbanWindow, message: noWindow(division, registry)))
        }
    }

    // MARK: - Messages

    static func noWindow(_ division: String, _ registry: Registry) -> Message {
        let name = RegionRules.label(division, registry)
        return Message(
            zh: "\(name)实施了跨省或全省通办事项，但没有登记通办专窗（region.yaml 的 windows）",
            en: "\(name) implements 跨省通办 or 全省通办 matters but has no 通办 window on file (windows in region.yaml)")
    }
}
