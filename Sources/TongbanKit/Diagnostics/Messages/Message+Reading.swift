import YAMLSource

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

// MARK: - Keyboard slips

extension Message {
    /// `yaml-syntax`: a keyboard slip, said at the character that causes it, with libyaml's
    /// message (`detail`) after it when libyaml failed.
    static func syntaxSlip(_ slip: SyntaxSlip, detail: String?) -> Message {
        let what = slipText(slip)
        let zhDetail = detail.map { "（libyaml：\($0)）" } ?? ""
        let enDetail = detail.map { " (libyaml: \($0))" } ?? ""
        return Message(zh: "YAML 语法错误：\(what.zh)\(zhDetail)", en: "YAML syntax error: \(what.en)\(enDetail)")
    }

    private static func slipText(_ slip: SyntaxSlip) -> Message {
        switch slip {
        case .fullWidthColon(let key):
            Message(
                zh: "键“\(key)”后是全角冒号“：”，请改为半角冒号加空格：“\(key): ”",
                en: "the key “\(key)” is followed by a full-width colon “：”; write a colon and a space: “\(key): ”")
        case .noSpaceAfterColon(let key):
            Message(
                zh: "键“\(key)”的冒号后缺少空格，请写成“\(key): ”",
                en: "no space after the colon of the key “\(key)”; write “\(key): ”")
        case .tabIndentation:
            Message(zh: "缩进中有制表符（Tab），YAML 只能用空格缩进", en: "a tab in the indentation; YAML indents with spaces only")
        case .fullWidthSpaceIndentation:
            Message(
                zh: "缩进中有全角空格（U+3000），请改为半角空格",
                en: "a full-width space (U+3000) in the indentation; indent with ASCII spaces")
        case .unclosedQuote(let quote):
            Message(zh: "引号 \(quote) 没有闭合，请在值的末尾补上 \(quote)", en: "the quote \(quote) is never closed; add \(quote) at the end of the value")
        case .inconsistentIndentation(let found, let allowed):
            allowed.count == 1
                ? Message(
                    zh: "此行缩进 \(found) 格，与上下文不一致（应为 \(allowed[0]) 格）",
                    en: "this line is indented by \(found) spaces, which matches no level around it (use \(allowed[0]))")
                : Message(
                    zh: "此行缩进 \(found) 格，与上下文不一致（应为 \(allowed.map(String.init).joined(separator: "、")) 格之一）",
                    en: "this line is indented by \(found) spaces, which matches no level around it (use one of \(allowed.map(String.init).joined(separator: ", ")))")
        }
    }
}
