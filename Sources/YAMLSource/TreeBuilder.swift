/// Builds the first document's tree from parser events with an explicit stack (no
/// recursion), reporting anchors, aliases, duplicate and complex keys, depth and extra
/// documents as it goes.
struct TreeBuilder {
    /// Whether the reader should keep feeding events.
    enum Step {
        case proceed
        case stop
    }

    /// An open collection waiting for its end event.
    private struct Frame {
        enum Kind {
            case sequence
            case mapping
        }

        var kind: Kind
        var start: Mark
        var tag: String?
        var anchor: String?
        /// Index in `problems` of this collection's `.anchor` problem, widened to the
        /// whole collection when it ends.
        var anchorProblem: Int?
        var items: [Node] = []
        var pairs: [Pair] = []
        var pendingKey: Node?
        /// The first line of every scalar key of a mapping grown past `smallMapping` pairs; a
        /// smaller mapping's keys are searched in `pairs` (no hashing, no table).
        var keyLineTable: [String: Int]?
    }

    let maxDepth: Int
    private(set) var root: Node?
    private(set) var problems: [YAMLProblem] = []
    private var stack: [Frame] = []
    private var documents = 0

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    /// Takes one event and its converted range.
    mutating func handle(_ kind: ParserEvent.Kind, range: SourceRange) -> Step {
        switch kind {
        case .streamStart, .documentEnd:
            return .proceed
        case .streamEnd:
            return .stop
        case .documentStart:
            documents += 1
            if documents > 1 {
                problems.append(YAMLProblem(.multipleDocuments, range: range))
                return .stop
            }
            return .proceed
        case .alias(let name):
            problems.append(YAMLProblem(.alias(name: name), range: range))
            return attach(Node(.alias(name), range: range))
        case .scalar(let scalar, let tag, let anchor):
            if let anchor {
                problems.append(YAMLProblem(.anchor(name: anchor), range: range))
            }
            return attach(Node(.scalar(scalar), range: range, tag: tag, anchor: anchor))
        case .sequenceStart(let tag, let anchor):
            return open(.sequence, range: range, tag: tag, anchor: anchor)
        case .mappingStart(let tag, let anchor):
            return open(.mapping, range: range, tag: tag, anchor: anchor)
        case .sequenceEnd, .mappingEnd:
            return close(range: range)
        }
    }

    // MARK: - Collections

    private mutating func open(_ kind: Frame.Kind, range: SourceRange, tag: String?, anchor: String?) -> Step {
        guard stack.count < maxDepth else {
            problems.append(YAMLProblem(.tooDeep(limit: maxDepth), range: range))
            return .stop
        }
        var frame = Frame(kind: kind, start: range.start, tag: tag, anchor: anchor)
        if let anchor {
            frame.anchorProblem = problems.count
            problems.append(YAMLProblem(.anchor(name: anchor), range: range))
        }
        stack.append(frame)
        return .proceed
    }

    private mutating func close(range: SourceRange) -> Step {
        guard let frame = stack.popLast() else { return .stop }
        let whole = SourceRange(start: frame.start, end: range.end)
        if let index = frame.anchorProblem {
            problems[index].range = whole
        }
        let content: Node.Content = switch frame.kind {
        case .sequence: .sequence(frame.items)
        case .mapping: .mapping(frame.pairs)
        }
        return attach(Node(content, range: whole, tag: frame.tag, anchor: frame.anchor))
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func attach(_ node: Node) -> Step {
        guard let top = stack.indices.last else {
            if root == nil { root = node }
            return .proceed
        }
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            if let key = stack[top].pendingKey {
                stack[top].pairs.append(Pair(key: key, value: node))
                stack[top].pendingKey = nil
            } else {
                if let problem = Self.checkKey(node, in: &stack[top]) { problems.append(problem) }
                stack[top].pendingKey = node
            }
        }
        return .proceed
    }

    /// Up to this many keys a mapping's keys are searched in a list.
    static let smallMapping = 16

    /// Records a mapping key; returns the problem with it, if any. Every earlier key of the
    /// mapping is in `frame.pairs` by now, in source order.
    private static func checkKey(_ key: Node, in frame: inout Frame) -> YAMLProblem? {
        guard let text = key.text else {
            return YAMLProblem(.complexKey, range: key.range)
        }
        if frame.keyLineTable == nil {
            if let first = frame.pairs.first(where: { $0.key.text == text }) {
                return YAMLProblem(.duplicateKey(key: text, firstLine: first.key.range.start.line), range: key.range)
            }
            if frame.pairs.count >= Self.smallMapping {
                var table: [String: Int] = [:]
                table.reserveCapacity(frame.pairs.count + 1)
                for pair in frame.pairs {
                    if let earlier = pair.key.text, table[earlier] == nil { table[earlier] = pair.key.range.start.line }
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
