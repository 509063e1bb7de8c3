/// Matters on no list.
struct UnlistedMatterRule: RegistryRule {
    static let description = RuleDescription(
        id: .unlistedMatter,
        summary: Message(zh: "事项不在任何清单中（已取消的除外）", en: "a matter on no list (cancelled matters excepted)"),
        rationale: Message(zh: "标准库收录的是通办事项；不在清单中的事项多半是漏加了清单条目。", en: "The registry holds 通办 matters; one on no list usually lacks its list entry."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/lonely.yaml", "↓name: 示例\nstatus: 草稿\nsources: [x]\n")])

    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        var listed: Set<String> = []
        for list in registry.lists { listed.formUnion(list.entries.map(\.matter.value)) }
        for matter in registry.matters where !listed.contains(matter.id) && matter.status?.value != "取消" {
            report.append(Diagnostic(file: "matters/\(matter.id).yaml", range: .fileStart, rule: .unlistedMatter, message: Message(
                zh: "事项“\(matter.displayName)”不在任何清单中", en: "matter “\(matter.displayName)” is on no list")))
        }
    }
}
