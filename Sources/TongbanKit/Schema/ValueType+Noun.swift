extension ValueType {
    /// What a value of this type is, as a noun for `invalid-type`'s message.
    var noun: Message {
        switch self {
        case .scalar, .duration: Message(zh: "文本", en: "text")
        case .integer: Message(zh: "不加引号的整数", en: "an unquoted whole number")
        case .list: Message(zh: "列表", en: "a list")
        case .object(let schema): Message(zh: "映射（\(schema.name)）", en: "a mapping (\(schema.name))")
        case .scalarOrList: Message(zh: "文本或列表", en: "text or a list")
        case .scalarOrObject(_, let schema): Message(zh: "文本或映射（\(schema.name)）", en: "text or a mapping (\(schema.name))")
        }
    }
}
