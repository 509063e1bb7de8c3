// The messages of the findings the reader makes before any schema is applied: syntax, encoding,
// limits, anchors and aliases, duplicate keys. The rules' descriptions are in Lint/Rules.

extension Message {
    /// `yaml-syntax`: libyaml's problem, with its context when it gives one.
    static func yamlSyntax(problem: String, context: String?) -> Message {
        let detail = [context, problem].compactMap { $0 }.joined(separator: " ")
        return Message(zh: "YAML 语法错误：\(detail)", en: "YAML syntax error: \(detail)")
    }

    /// `yaml-syntax`: a second document in one file.
    static let multipleDocuments = Message(
        zh: "一个文件只能有一个 YAML 文档，请删除多余的“---”", en: "a file holds one YAML document; remove the extra “---”")

    static let invalidUTF8 = Message(zh: "文件不是有效的 UTF-8 编码", en: "the file is not valid UTF-8")
    static let byteOrderMark = Message(zh: "文件以字节顺序标记（BOM）开头，请去掉", en: "the file starts with a byte-order mark; remove it")
    static let nulByte = Message(zh: "文件含有 NUL 字节，可能是二进制文件", en: "the file contains a NUL byte; it may be binary")
    static let carriageReturn = Message(zh: "文件使用 CR 或 CRLF 换行，请改为 LF", en: "the file uses CR or CRLF line ends; use LF")

    /// `limits`: a file over the size limit.
    static func tooLarge(bytes: Int, limit: Int) -> Message {
        Message(zh: "文件超过 \(limit) 字节的上限，未读取", en: "the file is larger than the limit of \(limit) bytes; not read")
    }

    /// `limits`: nesting over the depth limit.
    static func tooDeep(limit: Int) -> Message {
        Message(zh: "嵌套超过 \(limit) 层，未继续读取", en: "nesting deeper than \(limit) levels; not read further")
    }

    /// `yaml-alias`: an anchor.
    static func anchor(_ name: String) -> Message {
        Message(zh: "不允许使用锚点“&\(name)”，请完整写出内容", en: "anchor “&\(name)” is not allowed; write the content out in full")
    }

    /// `yaml-alias`: an alias.
    static func alias(_ name: String) -> Message {
        Message(zh: "不允许使用别名“*\(name)”，请完整写出内容", en: "alias “*\(name)” is not allowed; write the content out in full")
    }

    /// `duplicate-key`: a key that repeats one on `firstLine`.
    static func duplicateKey(_ key: String, firstLine: Int) -> Message {
        Message(zh: "键“\(key)”重复，第 \(firstLine) 行已有", en: "key “\(key)” repeats the one on line \(firstLine)")
    }

    /// `invalid-type`: a key that is a list or a mapping.
    static let complexKey = Message(zh: "键必须是文本", en: "keys must be text")
}
