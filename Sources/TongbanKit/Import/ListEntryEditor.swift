import YAMLSource

/// Adds entries to a list file by editing its text, so that comments, key order and the layout
/// of everything else are kept byte for byte (the document is never re-emitted).
///
/// New entries go after the last entry of the same batch (else after the last entry), in the
/// layout of that entry. `entries: []`, an empty `entries:` and a missing `entries` key become a
/// block list; a flow list `[...]` gets flow items. The result is read back and checked before it
/// is returned.
public enum ListEntryEditor {
    /// One entry to add.
    public struct NewEntry: Sendable, Hashable {
        public var matter: String
        public var batch: String

        public init(matter: String, batch: String) {
            self.matter = matter
            self.batch = batch
        }
    }

    /// The list text with `entries` added, or why it could not be done safely.
    public static func insert(_ entries: [NewEntry], into bytes: [UInt8], file: String) -> Result<[UInt8], ImportProblem> {
        guard !entries.isEmpty else { return .success(bytes) }
        let document = YAMLReader.read(bytes)
        guard let root = document.root, let pairs = root.mapping,
              !document.problems.contains(where: { Self.blocksEditing($0.kind) }) else {
            return .failure(ImportProblem(line: nil, Messages.unreadable(file)))
        }
        let oldItems = items(of: root)
        let edit: Edit
        switch plan(entries, bytes: bytes, root: root, pairs: pairs) {
        case .success(let planned): edit = planned
        case .failure(let failure): return .failure(ImportProblem(line: nil, failure.message(file)))
        }
        var result = Array(bytes[..<edit.remove.lowerBound])
        result += Array(bytes[edit.remove.upperBound..<edit.insertAt])
        result += Array(edit.text.utf8)
        result += Array(bytes[edit.insertAt...])

        // Read the result back: the entries must be the old ones with the new ones in place, and
        // the file must have the same keys as before (plus entries, if it had none).
        var expected = oldItems
        expected.insert(contentsOf: entries.map { EntryText(matter: $0.matter, batch: $0.batch) }, at: edit.itemIndex)
        var expectedKeys = pairs.map(\.key.text)
        if !expectedKeys.contains("entries") { expectedKeys.append("entries") }
        let reread = YAMLReader.read(result)
        guard let newRoot = reread.root, items(of: newRoot) == expected, newRoot.mapping?.map(\.key.text) == expectedKeys,
              !reread.problems.contains(where: { Self.blocksEditing($0.kind) }) else {
            return .failure(ImportProblem(line: nil, Messages.unsafe(file)))
        }
        return .success(result)
    }

    // MARK: - Planning the edit

    /// Bytes `remove` are deleted and `text` is inserted at `insertAt` (at or after `remove`).
    private struct Edit {
        var remove: Range<Int>
        var insertAt: Int
        var text: String
        /// Where in the entry list the new entries land.
        var itemIndex: Int
    }

    private static func plan(_ entries: [NewEntry], bytes: [UInt8], root: Node, pairs: [Pair]) -> Result<Edit, EditFailure> {
        guard let pair = pairs.first(where: { $0.key.text == "entries" }) else {
            // No entries key: a block list at the end of the file, at the root's indentation.
            let indent = String(repeating: " ", count: max(0, root.range.start.column - 1))
            let end = bytes.count
            let newline = end > 0 && bytes[end - 1] != UInt8(ascii: "\n") ? "\n" : ""
            let text = newline + indent + "entries:\n" + block(entries, dash: indent + "  ", key: indent + "    ")
            return .success(Edit(remove: end..<end, insertAt: end, text: text, itemIndex: 0))
        }
        let value = pair.value
        let keyIndent = String(repeating: " ", count: max(0, pair.key.range.start.column - 1))
        if let scalar = value.scalar {
            guard scalar.isNull && value.tag == nil else { return .failure(.notAList) }
            return .success(emptyToBlock(entries, bytes: bytes, value: value, keyIndent: keyIndent))
        }
        guard let items = value.sequence else { return .failure(.notAList) }
        let isFlow = byte(bytes, value.range.start.offset) == UInt8(ascii: "[")
        if items.isEmpty {
            guard isFlow else { return .failure(.unusualLayout) }
            return .success(emptyToBlock(entries, bytes: bytes, value: value, keyIndent: keyIndent))
        }
        let batch = entries[0].batch
        let anchorIndex = items.lastIndex { $0["batch"]?.text == batch } ?? items.count - 1
        let anchor = items[anchorIndex]
        if isFlow {
            let end = anchor.range.end.offset
            let text = entries.map { ", {matter: \(ScalarEmitter.scalar($0.matter, context: .flow)), batch: \(ScalarEmitter.doubleQuoted($0.batch))}" }.joined()
            return .success(Edit(remove: end..<end, insertAt: end, text: text, itemIndex: anchorIndex + 1))
        }
        guard let layout = blockLayout(of: anchor, bytes: bytes), let end = contentEnd(anchor, bytes: bytes) else {
            return .failure(.unusualLayout)
        }
        let at = afterLine(containing: end, bytes: bytes)
        let newline = at == bytes.count && at > 0 && bytes[at - 1] != UInt8(ascii: "\n") ? "\n" : ""
        return .success(Edit(remove: at..<at, insertAt: at, text: newline + block(entries, dash: layout.dash, key: layout.key), itemIndex: anchorIndex + 1))
    }

    /// Replaces an empty value (`[]`, `~`, nothing) with a block list below its key.
    private static func emptyToBlock(_ entries: [NewEntry], bytes: [UInt8], value: Node, keyIndent: String) -> Edit {
        var start = value.range.start.offset
        var end = value.range.end.offset
        if end <= start {
            // An empty plain value has no text; libyaml may place it on a later line.
            start = min(start, bytes.count)
            end = start
        }
        var removeFrom = start
        while removeFrom > 0 && (bytes[removeFrom - 1] == UInt8(ascii: " ") || bytes[removeFrom - 1] == UInt8(ascii: "\t")) {
            removeFrom -= 1
        }
        var removeTo = end
        var rest = end
        while rest < bytes.count && (bytes[rest] == UInt8(ascii: " ") || bytes[rest] == UInt8(ascii: "\t")) { rest += 1 }
        if rest == bytes.count || bytes[rest] == UInt8(ascii: "\n") { removeTo = rest }  // no comment after it
        if end <= start { removeFrom = removeTo }  // nothing to remove but trailing blanks
        let at = removeTo < bytes.count && bytes[removeTo] == UInt8(ascii: "\n") ? removeTo + 1 : afterLine(containing: removeTo, bytes: bytes)
        let newline = at == bytes.count && (at == 0 || bytes[at - 1] != UInt8(ascii: "\n")) ? "\n" : ""
        let text = newline + block(entries, dash: keyIndent + "  ", key: keyIndent + "    ")
        return Edit(remove: removeFrom..<removeTo, insertAt: at, text: text, itemIndex: 0)
    }

    private static func block(_ entries: [NewEntry], dash: String, key: String) -> String {
        entries.map { "\(dash)- matter: \(ScalarEmitter.scalar($0.matter, context: .block))\n\(key)batch: \(ScalarEmitter.doubleQuoted($0.batch))\n" }.joined()
    }

    /// The indentation of a block list item's `-` and of its keys, read from the source.
    private static func blockLayout(of item: Node, bytes: [UInt8]) -> (dash: String, key: String)? {
        let start = item.range.start.offset
        var dash = start - 1
        while dash >= 0 && bytes[dash] == UInt8(ascii: " ") { dash -= 1 }
        guard dash >= 0, bytes[dash] == UInt8(ascii: "-") else { return nil }
        var lineStart = dash
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        guard bytes[lineStart..<dash].allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
        let dashIndent = String(repeating: " ", count: dash - lineStart)
        let isBlockMapping = item.mapping != nil && byte(bytes, start) != UInt8(ascii: "{")
        let keyIndent = String(repeating: " ", count: isBlockMapping ? start - lineStart : dash - lineStart + 2)
        return (dashIndent, keyIndent)
    }

    /// Where the text of `node` ends: exact for scalars and flow collections; for block
    /// collections (whose end libyaml puts at the next token) the end of their last scalar.
    private static func contentEnd(_ node: Node, bytes: [UInt8]) -> Int? {
        switch node.content {
        case .scalar, .alias:
            return node.range.end.offset > node.range.start.offset ? node.range.end.offset : nil
        case .mapping(let pairs):
            if byte(bytes, node.range.start.offset) == UInt8(ascii: "{") { return node.range.end.offset }
            return pairs.flatMap { [contentEnd($0.key, bytes: bytes), contentEnd($0.value, bytes: bytes)] }.compactMap { $0 }.max()
        case .sequence(let items):
            if byte(bytes, node.range.start.offset) == UInt8(ascii: "[") { return node.range.end.offset }
            return items.compactMap { contentEnd($0, bytes: bytes) }.max()
        }
    }

    /// The offset just after the line break that ends the line holding `offset` (a block
    /// scalar's end is already at a line start), or the end of the text.
    private static func afterLine(containing offset: Int, bytes: [UInt8]) -> Int {
        if offset > 0 && offset <= bytes.count && bytes[offset - 1] == UInt8(ascii: "\n") { return offset }
        var i = offset
        while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
        return min(i + 1, bytes.count)
    }

    private static func byte(_ bytes: [UInt8], _ offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    // MARK: - Reading entries back

    /// What an entry says, as text, for comparing before and after.
    private struct EntryText: Hashable {
        var matter: String?
        var batch: String?
    }

    private static func items(of root: Node) -> [EntryText] {
        (root["entries"]?.sequence ?? []).map { EntryText(matter: $0["matter"]?.text, batch: $0["batch"]?.text) }
    }

    /// Problems after which the text cannot be edited safely.
    private static func blocksEditing(_ kind: YAMLProblem.Kind) -> Bool {
        switch kind {
        case .syntax, .slip, .invalidUTF8, .nulByte, .tooLarge, .tooDeep, .carriageReturn, .multipleDocuments, .complexKey: true
        case .duplicateKey(let key, _): key == "entries"
        case .byteOrderMark, .anchor, .alias: false
        }
    }

    // MARK: - Messages

    /// Why the entries could not be placed.
    private enum EditFailure: Error {
        case notAList
        case unusualLayout

        func message(_ file: String) -> Message {
            switch self {
            case .notAList:
                Message(zh: "\(file) 中的 entries 不是列表", en: "entries in \(file) is not a list")
            case .unusualLayout:
                Message(zh: "\(file) 中 entries 的写法特殊（例如“-”与内容不在同一行），无法安全插入，请手工添加",
                        en: "entries in \(file) are laid out in an unusual way (e.g. a “-” on its own line); add the entries by hand")
            }
        }
    }

    private enum Messages {
        static func unreadable(_ file: String) -> Message {
            Message(zh: "\(file) 无法作为 YAML 读取（或含回车符、重复的 entries 等），请先用 tongban lint 修正",
                    en: "\(file) cannot be read as YAML (or has CR line ends, a repeated entries key, …); fix it with tongban lint first")
        }

        static func unsafe(_ file: String) -> Message {
            Message(zh: "无法在不改写其余内容的前提下向 \(file) 插入条目，请手工添加",
                    en: "cannot insert entries into \(file) without rewriting the rest of it; add them by hand")
        }
    }
}
