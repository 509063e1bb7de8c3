/// Bytes that are not clean UTF-8 text with LF line ends.
struct EncodingRule: Rule {
    static let description = RuleDescription(
        id: .encoding,
        summary: Message(zh: "编码错误：非 UTF-8、字节顺序标记、NUL 字节或 CR 换行", en: "not UTF-8, a byte-order mark, a NUL byte, or CR line ends"),
        rationale: Message(zh: "标准文件统一使用无 BOM 的 UTF-8 和 LF 换行，各地工具读出的内容才会一致。", en: "Standards are UTF-8 without BOM and with LF line ends, so every tool reads the same text."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [
            Example("matters/a.yaml", "↓\u{FEFF}name: 示例\nstatus: 草稿\nsources: [x]\n"),
            Example("matters/b.yaml", "name: 示例↓\r\nstatus: 草稿\r\nsources: [x]\r\n"),
            Example("matters/c.yaml", "name: 示例\nstatus: ↓\u{0}草稿\n"),
        ])
}
