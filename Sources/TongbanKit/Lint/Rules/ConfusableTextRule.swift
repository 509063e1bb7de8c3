/// Invisible and control characters in text, and matter names that look alike because of them.
struct ConfusableTextRule: RegistryRule {
    static let description = RuleDescription(
        id: .confusableText,
        summary: Message(
            zh: "文本中有看不见的字符（控制字符、零宽字符、双向文本控制符），或事项名称仅因这些字符而不同",
            en: "invisible characters in text (controls, zero-width, bidirectional controls), or matter names that differ only by them"),
        rationale: Message(
            zh: "标准经拉取请求进入标准库。看不见的字符能让两个事项看起来同名、让审阅者看到的与实际保存的不同，或在终端和日志中改变显示；标准的文字应当人人看到的就是实际的。",
            en: "Standards arrive through pull requests. Invisible characters can make two matters look alike, make a reviewer see something other than what is stored, or change what a terminal or log shows; the text of a standard should be exactly what everyone sees."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "name: ↓\"示例\\u200B事项\"\nstatus: 草稿\nsources: [x]\n"),
            Example("matters/b.yaml", "name: 示例\nstatus: 草稿\nsources: [↓\"来源\\0\"]\n"),
        ])

    /// Matters whose names are equal once confusable characters are removed, but not as written:
    /// each name holding such characters is reported, pointing at the first matter of that look.
    static func check(_ registry: Registry, _ report: inout [Diagnostic]) {
        var byLook: [String: [Matter]] = [:]
        for matter in registry.matters {
            guard let name = matter.name?.value else { continue }
            byLook[ConfusableText.stripped(name), default: []].append(matter)
        }
        for (_, matters) in byLook where matters.count > 1 {
            let ordered = matters.sorted { $0.id < $1.id }
            guard let plain = ordered.first(where: { ConfusableText.first(in: $0.name?.value ?? "") == nil }) ?? ordered.first else { continue }
            for matter in ordered where matter.id != plain.id {
                guard let name = matter.name, ConfusableText.first(in: name.value) != nil else { continue }
                report.append(Diagnostic(
                    file: "matters/\(matter.id).yaml", range: name.range, severity: .error, rule: .confusableText,
                    message: ConfusableText.lookAlikeMessage(name.value, other: plain.id, otherName: plain.name?.value ?? "")))
            }
        }
    }
}
