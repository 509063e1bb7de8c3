/// Regions without a 帮办代办 contact on file.
struct MissingAssistanceRule: RegistryRule {
    static let description = RuleDescription(
        id: .missingAssistance,
        summary: Message(
            zh: "地区的 region.yaml 中没有帮办代办联系方式",
            en: "a region with no 帮办代办 contact in its region.yaml"),
        rationale: Message(
            zh: "通办方案要求“完善帮办代办机制”（台政办发〔2021〕6号解读）。凡有实施清单或 region.yaml 的地区，都应在 region.yaml 的 assistance 中写明帮办代办联系人或窗口；没有来源时警告如实保留。",
            en: "The 通办 plans require a 帮办代办 service. Every region with implementations or a region.yaml should name its 帮办代办 contact under assistance in region.yaml; without a source, the warning stays."),
        nonTriggering: [Example("regions/370405/region.yaml", ExampleRegistry.region)],
        triggering: [
            Example("regions/370405/region.yaml", "↓windows:\n  - name: 通办专窗\nsources: [示例]\n"),
        ])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        var divisions = Set(registry.regions.map(\.division))
        for index in registry.implementations.indices { divisions.insert(registry.implementations[index].division) }
        let regions = registry.regionsByDivision
        for division in RegionRules.checked(divisions, registry) where regions[division]?.assistance == nil {
            report.append(Diagnostic(file: Region.path(of: division), range: .fileStart, rule: .missingAssistance, message: noAssistance(division, registry)))
        }
    }

    // MARK: - Messages

    static func noAssistance(_ division: String, _ registry: Registry) -> Message {
        let name = RegionRules.label(division, registry)
        return Message(
            zh: "\(name)没有登记帮办代办联系方式（region.yaml 的 assistance）",
            en: "\(name) has no 帮办代办 contact on file (assistance in region.yaml)")
    }
}
