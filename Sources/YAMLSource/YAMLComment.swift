/// A comment of a YAML file: `#` to the end of its line, outside every scalar.
///
/// libyaml does not report comments, so they are found in the bytes: a `#` is a comment when it
/// lies outside the span of every scalar of the document tree (a `#` inside a quoted or block
/// scalar is text) and starts its line or follows white space.
public struct YAMLComment: Sendable, Hashable {
    /// From the `#` to the end of the line (the line end excluded).
    public var range: SourceRange
    /// The text after `#`, as written.
    public var text: String
    /// Whether the comment is alone on its line (only white space before it).
    public var ownLine: Bool
    /// For a comment alone on its line, the next line that holds something other than white
    /// space and comments; nil for a trailing comment or when no such line follows.
    public var nextContentLine: Int?

    public init(range: SourceRange, text: String, ownLine: Bool, nextContentLine: Int?) {
        self.range = range
        self.text = text
        self.ownLine = ownLine
        self.nextContentLine = nextContentLine
    }

    /// Every comment of `bytes`, in order, given the document read from them. A document whose
    /// reading stopped early (a syntax error, too deep) has no tree to tell text from comments:
    /// it has none.
    public static func all(in bytes: [UInt8], document: YAMLDocument) -> [YAMLComment] {
        if document.root == nil && !document.problems.isEmpty { return [] }
        var spans: [(Int, Int)] = []
        if let root = document.root { collectScalarSpans(root, into: &spans) }
        spans.sort { $0.0 < $1.0 }

        var comments: [YAMLComment] = []
        var pendingOwnLine: [Int] = []  // indices of own-line comments waiting for a content line
        var span = 0
        var line = 1
        var lineStart = 0
        var offset = 0
        var onlySpaceSoFar = true
        var lineHasContent = false
        let count = bytes.count
        while offset <= count {
            let byte: UInt8 = offset < count ? bytes[offset] : UInt8(ascii: "\n")
            if byte == UInt8(ascii: "\n") {
                if lineHasContent {
                    for index in pendingOwnLine { comments[index].nextContentLine = line }
                    pendingOwnLine.removeAll()
                }
                line += 1
                offset += 1
                lineStart = offset
                onlySpaceSoFar = true
                lineHasContent = false
                continue
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                offset += 1
                continue
            }
            while span < spans.count && spans[span].1 <= offset { span += 1 }
            let insideScalar = span < spans.count && spans[span].0 <= offset && offset < spans[span].1
            let afterSpace = offset == lineStart || bytes[offset - 1] == UInt8(ascii: " ") || bytes[offset - 1] == UInt8(ascii: "\t")
            if byte == UInt8(ascii: "#") && !insideScalar && afterSpace {
                var end = offset
                while end < count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let column = columnOf(bytes, lineStart: lineStart, offset: offset)
                let endColumn = column + columnOf(bytes, lineStart: offset, offset: end) - 1
                let range = SourceRange(
                    start: Mark(line: line, column: column, offset: offset),
                    end: Mark(line: line, column: endColumn, offset: end))
                let text = String(decoding: bytes[(offset + 1)..<end], as: UTF8.self)
                if onlySpaceSoFar { pendingOwnLine.append(comments.count) }
                comments.append(YAMLComment(range: range, text: text, ownLine: onlySpaceSoFar, nextContentLine: nil))
                offset = end
                continue
            }
            onlySpaceSoFar = false
            lineHasContent = true
            offset += 1
        }
        return comments
    }

    /// The 1-based column of byte `offset` on the line starting at byte `lineStart`: Unicode
    /// scalars counted, as in every `Mark`.
    private static func columnOf(_ bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
        var column = 1
        var index = lineStart
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    private static func collectScalarSpans(_ node: Node, into spans: inout [(Int, Int)]) {
        switch node.content {
        case .scalar:
            if node.range.end.offset > node.range.start.offset { spans.append((node.range.start.offset, node.range.end.offset)) }
        case .mapping(let pairs):
            for pair in pairs {
                collectScalarSpans(pair.key, into: &spans)
                collectScalarSpans(pair.value, into: &spans)
            }
        case .sequence(let items):
            for item in items { collectScalarSpans(item, into: &spans) }
        case .alias:
            break
        }
    }
}
