/// Builds the first document's tree from parser events with an explicit stack (no
/// recursion), reporting anchors, aliases, duplicate and complex keys, depth and extra
/// documents as it goes.
struct TreeBuilder: ParserEventHandler {
    /// An open collection waiting for its end event.
    private struct Frame {
        var kind: CollectionKind
        var start: Mark
        var tag: String?
        var anchor: String?
        /// Index in `problems` of this collection's `.anchor` problem, widened to the
        /// whole collection when it ends.
        var anchorProblem: Int?
        /// Where this collection's finished children start in `children`: its items, or its
        /// keys and values in turn.
        var firstChild: Int
        /// The first line of every scalar key of a mapping grown past `smallMapping` pairs; a
        /// smaller mapping's keys are searched in `children` (no hashing, no table).
        var keyLineTable: [String: Int]?
    }

    let maxDepth: Int
    private(set) var root: Node?
    private(set) var problems: [YAMLProblem] = []
    private var stack: [Frame] = []
    /// The finished children of every open collection, in one buffer for the whole document.
    private let children = NodeStack()
    private var documents = 0

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    // MARK: - Events

    mutating func documentStart(range: SourceRange) -> ParseStep {
        documents += 1
        if documents > 1 {
            problems.append(YAMLProblem(.multipleDocuments, range: range))
            return .stop
        }
        return .proceed
    }

    mutating func alias(_ name: String, range: SourceRange) -> ParseStep {
        problems.append(YAMLProblem(.alias(name: name), range: range))
        return attach(Node(.alias(name), range: range))
    }

    mutating func scalar(_ scalar: consuming Scalar, tag: String?, anchor: String?, range: SourceRange) -> ParseStep {
        if let anchor {
            problems.append(YAMLProblem(.anchor(name: anchor), range: range))
        }
        return attach(Node(.scalar(scalar), range: range, tag: tag, anchor: anchor))
    }

    mutating func collectionStart(_ kind: CollectionKind, tag: String?, anchor: String?, range: SourceRange) -> ParseStep {
        open(kind, range: range, tag: tag, anchor: anchor)
    }

    mutating func collectionEnd(range: SourceRange) -> ParseStep {
        close(range: range)
    }

    // MARK: - Collections

    private mutating func open(_ kind: CollectionKind, range: SourceRange, tag: String?, anchor: String?) -> ParseStep {
        guard stack.count < maxDepth else {
            problems.append(YAMLProblem(.tooDeep(limit: maxDepth), range: range))
            return .stop
        }
        var frame = Frame(kind: kind, start: range.start, tag: tag, anchor: anchor, firstChild: children.count)
        if let anchor {
            frame.anchorProblem = problems.count
            problems.append(YAMLProblem(.anchor(name: anchor), range: range))
        }
        stack.append(frame)
        return .proceed
    }

    private mutating func close(range: SourceRange) -> ParseStep {
        guard let frame = stack.popLast() else { return .stop }
        let whole = SourceRange(start: frame.start, end: range.end)
        if let index = frame.anchorProblem {
            problems[index].range = whole
        }
        // Each collection's array is made once, at its final size, by moving its children out.
        let content: Node.Content = switch frame.kind {
        case .sequence: .sequence(children.moveNodes(from: frame.firstChild))
        case .mapping: .mapping(children.movePairs(from: frame.firstChild))
        }
        return attach(Node(content, range: whole, tag: frame.tag, anchor: frame.anchor))
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func attach(_ node: consuming Node) -> ParseStep {
        guard let top = stack.indices.last else {
            if root == nil { root = node }
            return .proceed
        }
        // In a mapping, an even number of children so far means this node is a key.
        if stack[top].kind == .mapping && (children.count - stack[top].firstChild) % 2 == 0 {
            if let problem = Self.checkKey(node, among: children, in: &stack[top]) { problems.append(problem) }
        }
        children.push(node)
        return .proceed
    }

    /// Up to this many keys a mapping's keys are searched in a list.
    static let smallMapping = 16

    /// Records a mapping key; returns the problem with it, if any. Every earlier key of the
    /// mapping is among its children by now, in source order.
    private static func checkKey(_ key: Node, among children: NodeStack, in frame: inout Frame) -> YAMLProblem? {
        guard let text = key.text else {
            return YAMLProblem(.complexKey, range: key.range)
        }
        if frame.keyLineTable == nil {
            if let line = children.firstLine(ofKey: text, from: frame.firstChild) {
                return YAMLProblem(.duplicateKey(key: text, firstLine: line), range: key.range)
            }
            if children.count - frame.firstChild >= 2 * Self.smallMapping {
                var table: [String: Int] = [:]
                children.forEachKey(from: frame.firstChild) { earlier, line in
                    if table[earlier] == nil { table[earlier] = line }
                }
                table[text] = key.range.start.line
                frame.keyLineTable = table
            }
            return nil
        }
        if let firstLine = frame.keyLineTable?[text] {
            return YAMLProblem(.duplicateKey(key: text, firstLine: firstLine), range: key.range)
        }
        frame.keyLineTable?[text] = key.range.start.line
        return nil
    }
}

// MARK: - Children

/// The finished nodes of the open collections, as one stack: a collection's children are pushed
/// as they finish and moved out, all at once, into an array of exactly their number when it
/// ends. One buffer per document replaces a growing array per collection (and its copies).
private final class NodeStack {
    private var base: UnsafeMutablePointer<Node>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 32
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ node: consuming Node) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// The nodes from `start` on, moved out as an array; they leave the stack.
    func moveNodes(from start: Int) -> [Node] {
        let n = count - start
        guard n > 0 else { return [] }
        let nodes = [Node](unsafeUninitializedCapacity: n) { buffer, initialized in
            buffer.baseAddress?.moveInitialize(from: base + start, count: n)
            initialized = n
        }
        count = start
        return nodes
    }

    /// The nodes from `start` on, keys and values in turn, moved out as pairs; they leave the
    /// stack. A last key without a value (which libyaml never sends) is dropped.
    func movePairs(from start: Int) -> [Pair] {
        let n = (count - start) / 2
        var pairs: [Pair] = []
        if n > 0 {
            pairs = [Pair](unsafeUninitializedCapacity: n) { buffer, initialized in
                for k in 0..<n {
                    let key = (base + start + 2 * k).move()
                    let value = (base + start + 2 * k + 1).move()
                    buffer.initializeElement(at: k, to: Pair(key: key, value: value))
                }
                initialized = n
            }
        }
        if (count - start) % 2 == 1 { (base + count - 1).deinitialize(count: 1) }
        count = start
        return pairs
    }

    /// The line of the first scalar key equal to `text` among the keys from `start` on.
    func firstLine(ofKey text: String, from start: Int) -> Int? {
        var i = start
        while i < count {
            if case .scalar(let scalar) = base[i].content, scalar.value == text { return base[i].range.start.line }
            i += 2
        }
        return nil
    }

    /// Calls `body` with each scalar key from `start` on and its line, in order.
    func forEachKey(from start: Int, _ body: (String, Int) -> Void) {
        var i = start
        while i < count {
            if case .scalar(let scalar) = base[i].content { body(scalar.value, base[i].range.start.line) }
            i += 2
        }
    }
}
