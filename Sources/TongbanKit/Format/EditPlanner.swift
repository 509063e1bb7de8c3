import YAMLSource

/// Turns rewrites into byte edits of the source text, keeping every other byte.
///
/// - A scalar is replaced at its span, keeping a tag written before it and, for a block
///   scalar, a comment on its header line; the line breaks after a block scalar stay.
/// - A duration mapping (`{days: 5, unit: 工作日}` or its block form) becomes one scalar.
///   A block mapping under `key:` moves up to `key: 5个工作日` when only white space (and a
///   comment after the colon, which then follows the value) separates them. Comments inside
///   the mapping are kept: comment lines move, unchanged, above the line of the edit; a
///   comment that ended a line becomes a comment line there.
struct EditPlanner {
    /// Where a node sits: what `fmt` needs to know to write its replacement.
    private struct Place {
        var node: Node
        /// Whether the node is inside a flow collection.
        var inFlow: Bool
        /// The end offset of the key whose value the node is, if any.
        var keyEnd: Int?
    }

    private struct SpanKey: Hashable {
        var start: Int
        var end: Int
    }

    enum Failure: Error {
        /// A rewrite whose span matches no node of the document.
        case noNode(SourceRange)
    }

    private let bytes: [UInt8]
    private var places: [SpanKey: Place] = [:]

    init(bytes: [UInt8], root: Node) {
        self.bytes = bytes
        index(root)
    }

    /// Every edit the rewrites need.
    /// - Throws: `Failure.noNode` when a rewrite's span is not a node of this text.
    func edits(for rewrites: [ScalarRewrite]) throws -> [TextEdit] {
        var edits: [TextEdit] = []
        for rewrite in rewrites {
            guard let place = places[SpanKey(start: rewrite.range.start.offset, end: rewrite.range.end.offset)] else {
                throw Failure.noNode(rewrite.range)
            }
            switch place.node.content {
            case .scalar(let scalar):
                edits.append(scalarEdit(rewrite, scalar, place))
            case .mapping:
                edits += mappingEdits(rewrite, place)
            case .sequence, .alias:
                throw Failure.noNode(rewrite.range)
            }
        }
        return edits
    }

    // MARK: - Scalars

    private func scalarEdit(_ rewrite: ScalarRewrite, _ scalar: Scalar, _ place: Place) -> TextEdit {
        let start = place.node.range.start.offset
        let end = place.node.range.end.offset
        let bodyStart = skipProperties(from: start, to: end)
        let prefix = Array(bytes[start..<bodyStart])
        let text = ScalarEmitter.render(
            rewrite.canonical, style: scalar.style, context: place.inFlow ? .flow : .block,
            plainReadingAccepted: rewrite.plainReadingAccepted)
        guard scalar.style == .literal || scalar.style == .folded else {
            return TextEdit(start: start, end: end, replacement: prefix + Array(text.utf8))
        }
        // A block scalar: keep the header's comment, and the line breaks after the content.
        let headerEnd = bytes[bodyStart..<end].firstIndex(of: newline) ?? end
        let comment = commentStart(in: bodyStart..<headerEnd).map { Array(bytes[trailingSpaceStart(before: $0, from: bodyStart)..<headerEnd]) } ?? []
        var contentEnd = end
        while contentEnd > headerEnd, isSpace(bytes[contentEnd - 1]) || bytes[contentEnd - 1] == newline { contentEnd -= 1 }
        return TextEdit(start: start, end: max(contentEnd, headerEnd), replacement: prefix + Array(text.utf8) + comment)
    }

    // MARK: - Mappings

    private func mappingEdits(_ rewrite: ScalarRewrite, _ place: Place) -> [TextEdit] {
        let node = place.node
        let start = node.range.start.offset
        let inner = scalarRanges(below: node)
        let isFlow = bytes.indices.contains(skipProperties(from: start, to: node.range.end.offset))
            && bytes[skipProperties(from: start, to: node.range.end.offset)] == UInt8(ascii: "{")
        var end = isFlow ? node.range.end.offset : (inner.map(\.upperBound).max() ?? node.range.end.offset)
        while end > start, isSpace(bytes[end - 1]) || bytes[end - 1] == newline { end -= 1 }
        let text = ScalarEmitter.render(
            rewrite.canonical, style: .plain, context: place.inFlow ? .flow : .block,
            plainReadingAccepted: rewrite.plainReadingAccepted)

        var comments = self.comments(in: start..<end, skipping: inner)
        var editStart = start
        var replacement = Array(text.utf8)
        if !isFlow, let keyEnd = place.keyEnd, let keyComment = colonLine(keyEnd..<start) {
            // `key:  # note` over a block mapping becomes `key: value  # note`.
            editStart = keyEnd
            replacement = Array(": ".utf8) + replacement + keyComment
            // A comment after the last value would run into that one: it moves up too.
            if !keyComment.isEmpty, let trailing = trailingComment(after: end) {
                comments.append(Comment(range: trailing, wholeLine: false))
                end = trailing.upperBound
            }
        }
        var edits = [TextEdit(start: editStart, end: end, replacement: replacement)]

        if !comments.isEmpty {
            let lineStart = self.lineStart(of: editStart)
            var indentEnd = lineStart
            while indentEnd < bytes.count, isSpace(bytes[indentEnd]) { indentEnd += 1 }
            let indentation = Array(bytes[lineStart..<indentEnd])
            var lines: [UInt8] = []
            for comment in comments {
                if comment.wholeLine {
                    lines += bytes[self.lineStart(of: comment.range.lowerBound)..<comment.range.upperBound]
                } else {
                    lines += indentation + bytes[comment.range]
                }
                lines.append(newline)
            }
            edits.append(TextEdit(start: lineStart, end: lineStart, replacement: lines))
        }
        return edits
    }

    /// A comment found inside a replaced span.
    private struct Comment {
        /// From `#` to the end of its line.
        var range: Range<Int>
        /// Whether only white space comes before it on its line.
        var wholeLine: Bool
    }

    /// The comments in `span`, outside the scalars `skipping`.
    private func comments(in span: Range<Int>, skipping scalars: [Range<Int>]) -> [Comment] {
        var found: [Comment] = []
        let sorted = scalars.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        var i = span.lowerBound
        while i < span.upperBound {
            while next < sorted.count, sorted[next].upperBound <= i { next += 1 }
            if next < sorted.count, sorted[next].contains(i) {
                i = sorted[next].upperBound
                continue
            }
            if bytes[i] == UInt8(ascii: "#"), i == 0 || isSpace(bytes[i - 1]) || bytes[i - 1] == newline {
                let lineEnd = bytes[i...].firstIndex(of: newline) ?? bytes.count
                let before = bytes[lineStart(of: i)..<i]
                found.append(Comment(range: i..<lineEnd, wholeLine: before.allSatisfy(isSpace)))
                i = lineEnd
                continue
            }
            i += 1
        }
        return found
    }

    // MARK: - Index

    /// Records every scalar and mapping with its context, without recursion.
    private mutating func index(_ root: Node) {
        var pending: [(Node, Bool, Int?)] = [(root, false, nil)]
        while let (node, parentFlow, keyEnd) = pending.popLast() {
            let key = SpanKey(start: node.range.start.offset, end: node.range.end.offset)
            switch node.content {
            case .scalar:
                if places[key] == nil { places[key] = Place(node: node, inFlow: parentFlow, keyEnd: keyEnd) }
            case .mapping(let pairs):
                places[key] = Place(node: node, inFlow: parentFlow, keyEnd: keyEnd)
                let flow = parentFlow || isFlowCollection(node)
                for pair in pairs {
                    pending.append((pair.key, flow, nil))
                    pending.append((pair.value, flow, pair.key.range.end.offset))
                }
            case .sequence(let items):
                let flow = parentFlow || isFlowCollection(node)
                for item in items { pending.append((item, flow, nil)) }
            case .alias:
                break
            }
        }
    }

    private func isFlowCollection(_ node: Node) -> Bool {
        let at = skipProperties(from: node.range.start.offset, to: node.range.end.offset)
        guard at < bytes.count else { return false }
        return bytes[at] == UInt8(ascii: "[") || bytes[at] == UInt8(ascii: "{")
    }

    private func scalarRanges(below node: Node) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var pending = [node]
        while let current = pending.popLast() {
            switch current.content {
            case .scalar: ranges.append(current.range.start.offset..<current.range.end.offset)
            case .mapping(let pairs): pairs.forEach { pending.append($0.key); pending.append($0.value) }
            case .sequence(let items): pending.append(contentsOf: items)
            case .alias: ranges.append(current.range.start.offset..<current.range.end.offset)
            }
        }
        return ranges
    }

    // MARK: - Bytes

    private let newline = UInt8(ascii: "\n")

    private func isSpace(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }

    /// The offset after a node's tag and anchor (`!!str `, `&a `) and the white space after them.
    private func skipProperties(from start: Int, to end: Int) -> Int {
        var i = start
        while i < end, bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "&") {
            while i < end, !isSpace(bytes[i]), bytes[i] != newline { i += 1 }
            while i < end, isSpace(bytes[i]) || bytes[i] == newline { i += 1 }
        }
        return i
    }

    /// The comment that follows `offset` on its line after white space, if there is one.
    private func trailingComment(after offset: Int) -> Range<Int>? {
        var i = offset
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        guard i > offset, i < bytes.count, bytes[i] == UInt8(ascii: "#") else { return nil }
        return i..<(bytes[i...].firstIndex(of: newline) ?? bytes.count)
    }

    /// The offset of a comment's `#` in `range` (one line), if there is one.
    private func commentStart(in range: Range<Int>) -> Int? {
        range.first { bytes[$0] == UInt8(ascii: "#") && $0 > range.lowerBound && isSpace(bytes[$0 - 1]) }
    }

    /// Where the run of spaces before `offset` begins (not before `floor`).
    private func trailingSpaceStart(before offset: Int, from floor: Int) -> Int {
        var i = offset
        while i > floor, isSpace(bytes[i - 1]) { i -= 1 }
        return i
    }

    private func lineStart(of offset: Int) -> Int {
        var i = offset
        while i > 0, bytes[i - 1] != newline { i -= 1 }
        return i
    }

    /// For the text between a key and its block mapping value: when it is `:`, an optional
    /// comment, then only line breaks and white space, the comment with the spaces before it
    /// (empty when there is none); nil when the text is anything else.
    private func colonLine(_ range: Range<Int>) -> [UInt8]? {
        guard range.lowerBound <= range.upperBound else { return nil }
        let text = bytes[range]
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), text[..<colon].allSatisfy(isSpace),
              let lineEnd = text[colon...].firstIndex(of: newline) else { return nil }
        guard text[lineEnd...].allSatisfy({ isSpace($0) || $0 == newline }) else { return nil }
        let rest = text[text.index(after: colon)..<lineEnd]
        guard let hash = rest.firstIndex(of: UInt8(ascii: "#")) else {
            return rest.allSatisfy(isSpace) ? [] : nil
        }
        let spaces = rest[..<hash]
        guard !spaces.isEmpty, spaces.allSatisfy(isSpace) else { return nil }
        return Array(rest)
    }
}
