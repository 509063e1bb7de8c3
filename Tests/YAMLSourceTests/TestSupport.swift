import YAMLSource

/// Reads UTF-8 text through the reader.
func read(_ text: String) -> YAMLDocument {
    YAMLReader.read(Array(text.utf8))
}

/// The source text a range covers, cut by byte offsets as the formatter does.
func slice(_ text: String, _ range: SourceRange) -> String {
    let bytes = Array(text.utf8)
    return String(decoding: bytes[range.start.offset..<range.end.offset], as: UTF8.self)
}

/// A mark, spelled briefly.
func mark(_ line: Int, _ column: Int, _ offset: Int) -> Mark {
    Mark(line: line, column: column, offset: offset)
}

/// A range, spelled briefly.
func range(_ start: Mark, _ end: Mark) -> SourceRange {
    SourceRange(start: start, end: end)
}

/// The number of nodes in a tree, counted without recursion.
func nodeCount(_ root: Node) -> Int {
    var pending = [root]
    var count = 0
    while let node = pending.popLast() {
        count += 1
        switch node.content {
        case .scalar, .alias: break
        case .sequence(let items): pending.append(contentsOf: items)
        case .mapping(let pairs): pairs.forEach { pending.append($0.key); pending.append($0.value) }
        }
    }
    return count
}
