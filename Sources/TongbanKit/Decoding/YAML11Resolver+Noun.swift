extension YAML11Resolver.Reading {
    /// What YAML 1.1 reads the scalar as, as a noun for `ambiguous-scalar`'s message.
    var noun: Message {
        switch self {
        case .bool: Message(zh: "布尔值", en: "a boolean")
        case .int: Message(zh: "整数", en: "an integer")
        case .float: Message(zh: "浮点数", en: "a float")
        case .null: Message(zh: "空值", en: "null")
        case .timestamp: Message(zh: "日期", en: "a date")
        case .string: Message(zh: "文本", en: "text")
        }
    }
}
