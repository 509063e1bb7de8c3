import YAMLSource

/// A value of the wrong shape.
struct InvalidTypeRule: Rule {
    static let description = RuleDescription(
        id: .invalidType,
        summary: Message(zh: "值的类型不对：需要列表处写了映射、需要文本处写了列表……", en: "a mapping where a list is wanted, a list where text is wanted, …"),
        rationale: Message(zh: "结构不对的值无法按标准读取。", en: "A value of the wrong shape cannot be read as the standard says."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [Example("matters/a.yaml", "name: ↓[示例]\nstatus: 草稿\nsources: ↓x\nvisits: ↓\"0\"\n")])

    static func message(found node: Node, wanted: ValueType) -> Message {
        let found: (String, String) = switch node.content {
        case .scalar: ("文本", "text")
        case .sequence: ("列表", "a list")
        case .mapping: ("映射", "a mapping")
        case .alias: ("别名", "an alias")
        }
        let want: (String, String) = switch wanted {
        case .scalar, .duration: ("文本", "text")
        case .integer: ("不加引号的整数", "an unquoted whole number")
        case .list: ("列表", "a list")
        case .object(let schema): ("映射（\(schema.name)）", "a mapping (\(schema.name))")
        case .scalarOrList: ("文本或列表", "text or a list")
        }
        return Message(zh: "这里需要\(want.0)，实际是\(found.0)", en: "expected \(want.1), found \(found.1)")
    }

    static let complexKey = Message(zh: "键必须是文本", en: "keys must be text")
}
