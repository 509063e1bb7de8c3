/// Files that cannot or may not be read.
struct FileAccessRule: Rule {
    static let description = RuleDescription(
        id: .fileAccess,
        summary: Message(zh: "无法读取的文件、指向标准库之外的符号链接、以 .yaml 命名的目录", en: "an unreadable file, a symlink leaving the registry, a folder named like a YAML file"),
        rationale: Message(zh: "只读取标准库内的普通文件，绝不跟随到库外。", en: "Only regular files inside the registry are read; nothing outside is followed."),
        nonTriggering: [Example("matters/shebaoka.yaml", ExampleRegistry.matter)],
        triggering: [])

    static func unreadable(_ zh: String, _ en: String) -> Message {
        Message(zh: "无法读取文件：\(zh)", en: "cannot read the file: \(en)")
    }

    static let linkOutside = Message(zh: "符号链接指向标准库之外或无法解析，未读取", en: "symbolic link points outside the registry or cannot be resolved; not read")
    static let linkedDirectory = Message(zh: "指向目录的符号链接不予跟随", en: "symbolic links to folders are not followed")
    static let directory = Message(zh: "这是一个目录，不是 YAML 文件", en: "this is a folder, not a YAML file")
    static let special = Message(zh: "不是普通文件，未读取", en: "not a regular file; not read")
}
