/// Keys the schema does not have.
struct UnknownKeyRule: Rule {
    static let description = RuleDescription(
        id: .unknownKey,
        summary: Message(zh: "结构中没有的键（附近似建议）", en: "a key the schema does not have (with a did-you-mean)"),
        rationale: Message(zh: "拼错的键会被悄悄忽略，标准因此缺项。", en: "A misspelt key would be silently ignored and the standard would lack it."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: 示例\nstatus: 草稿\nsources: [x]\n↓naem: 示例\nmaterials:\n  - name: 居民身份证\n    ↓colour: 红\n")])

    static func message(_ key: String, schema: ObjectSchema, suggestion: String?) -> Message {
        if let suggestion {
            return Message(zh: "未知的键“\(key)”，是否应为“\(suggestion)”？", en: "unknown key “\(key)”; did you mean “\(suggestion)”?")
        }
        let keys = schema.fields.map(\.key).joined(separator: ", ")
        return Message(zh: "未知的键“\(key)”，可用的键：\(keys)", en: "unknown key “\(key)”; the keys are: \(keys)")
    }
}
