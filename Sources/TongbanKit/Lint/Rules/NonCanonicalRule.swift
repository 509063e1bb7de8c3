/// Valid values not written in canonical form.
///
/// Every value that decodes to a canonical form different from what is written is reported at
/// its exact span: text (NFC, white space, full-width letters and digits, brackets around
/// Chinese), codes, phones, dates, URLs, enumeration aliases, durations in any spelling
/// (`{days: 5, unit: 工作日}` included), whole numbers (`01`), and material names that are a
/// synonym in `catalog/materials.yaml`. A block scalar (`|`, `>`) whose text differs only in
/// line breaks and indentation is canonical: that layout is the editor's choice.
struct NonCanonicalRule: Rule {
    static let description = RuleDescription(
        id: .nonCanonical,
        summary: Message(zh: "取值有效但不是规范写法（可由 tongban fmt 修正）", en: "a value that is valid but not in normalized form (fixed by tongban fmt)"),
        rationale: Message(
            zh: "同一含义只用一种写法，比对和统计才不会把相同标准当成不同。别称表见 docs/aliases.md；块标量（| 或 >）仅换行、缩进不同不算不规范。",
            en: "One spelling per meaning, so diffs and reports never mistake the same standard for a different one. The alias table is docs/aliases.md; a block scalar (| or >) that differs only in line breaks and indentation is canonical."),
        nonTriggering: [
            Example("matters/shebaoka.yaml", ExampleRegistry.matter),
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nconditions:\n  - >\n    在本省参加社会保险\n    的人员\nsources: [x]\n"),
        ],
        triggering: [
            Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nmodes: [↓收受分离]\ntime_limit:\n  statutory: ↓5 个工作日\n  promised: ↓{days: 3, unit: 工作日}\nfee: ↓免费\nsources: [x]\n"),
            Example("matters/b.yaml", "name: ↓社会保障卡申领(补领)\nstatus: 草稿\nmaterials:\n  - name: ↓身份证\n    medium: ↓纸质+电子\n    copies: ↓01\nsources: [↓ＡＢ  文件]\n"),
            Example("regions/370405/shebaoka.yaml", "agency: 台儿庄区行政审批服务局\nphone: ↓(0632)6616276\nonline_url: ↓HTTPS://Example.GOV.cn/x\npromised: ↓三个工作日\nsources: [示例]\n"),
        ])
}
