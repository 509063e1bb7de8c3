/// Files that cannot or may not be read.
struct FileAccessRule: Rule {
    static let description = RuleDescription(
        id: .fileAccess,
        summary: Message(zh: "无法读取的文件、指向标准库之外的符号链接、以 .yaml 命名的目录", en: "an unreadable file, a symlink leaving the registry, a folder named like a YAML file"),
        rationale: Message(zh: "只读取标准库内的普通文件，绝不跟随到库外。", en: "Only regular files inside the registry are read; nothing outside is followed."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [])
}
