/// Required keys that are absent.
struct MissingFieldRule: RegistryRule {
    static let description = RuleDescription(
        id: .missingField,
        summary: Message(zh: "缺少必填项（草稿事项只要求 name、status、sources）", en: "a required key is absent (a 草稿 matter needs only name, status and sources)"),
        rationale: Message(zh: "窗口要按统一标准受理，标准的每个要素都必须写明；尚未查实的事项标记为草稿。", en: "Windows accept to one standard, so every element must be stated; a matter not yet fully sourced is marked 草稿."),
        nonTriggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter),
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nsources: [x]\n"),
        ],
        triggering: [
            Example("matters/a.yaml", "↓name: 示例\nstatus: 草稿\n"),
            Example("regions/370405/shebaoka.yaml", "↓phone: 0632-6616276\n"),
            Example("lists/quyu.yaml", "name: 区域通办\nscope: ↓区域\nbasis: [x]\nentries: []\n"),
        ])

    /// Keys required by another key's value: a 区域 or 点对点 list names its regions.
    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        for list in registry.lists {
            guard let scope = list.scope, scope.value == "区域" || scope.value == "点对点", list.regions.isEmpty else { continue }
            report.append(Diagnostic(file: "lists/\(list.id).yaml", range: scope.range, rule: .missingField, message: Message(
                zh: "\(scope.value)通办清单必须用 regions 列出参与的行政区划", en: "a \(scope.value) list must name the divisions taking part in regions")))
        }
    }
}
