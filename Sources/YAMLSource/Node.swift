/// How a scalar was written in the source.
public enum ScalarStyle: String, Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// A scalar: its text after YAML unescaping and folding, and how it was written.
public struct Scalar: Sendable, Hashable {
    public var value: String
    public var style: ScalarStyle

    public init(_ value: String, style: ScalarStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// Whether the scalar is a plain `~`, `null`, `Null`, `NULL` or empty plain scalar.
    public var isNull: Bool {
        // Only ASCII text of at most four bytes can equal one of the words (no other scalar is
        // canonically equivalent to `~`, `n`, `u`, `l`, `N`, `U` or `L`), so longer text skips the
        // comparisons, which are slow for Chinese text.
        style == .plain && value.utf8.count <= 4
            && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }
}

/// A key and its value in a mapping, in source order.
public struct Pair: Sendable, Hashable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A node of a YAML document with the span it came from.
///
/// Aliases are never expanded: an alias is kept as `.alias(name)` so that no document
/// can grow beyond its source text.
public struct Node: Sendable, Hashable {
    /// Not `indirect`: the arrays already hold children out of line, so a box per node would only
    /// add an allocation to every node of every file.
    public enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case mapping([Pair])
        case sequence([Node])
        case alias(String)
    }

    public var content: Content
    public var range: SourceRange
    /// The tag and anchor, which almost no node has, in one optional box: a node is smaller and
    /// copies with one reference count instead of two.
    private var properties: Properties?

    /// The explicit tag (`!!str`, `!custom`), resolved to its full form by libyaml, if any.
    public var tag: String? {
        get { properties?.tag }
        set { properties = Properties.make(tag: newValue, anchor: anchor) }
    }

    /// The anchor (`&name`) on this node, if any.
    public var anchor: String? {
        get { properties?.anchor }
        set { properties = Properties.make(tag: tag, anchor: newValue) }
    }

    public init(_ content: Content, range: SourceRange, tag: String? = nil, anchor: String? = nil) {
        self.content = content
        self.range = range
        self.properties = Properties.make(tag: tag, anchor: anchor)
    }

    public static func == (a: Node, b: Node) -> Bool {
        a.content == b.content && a.range == b.range && a.tag == b.tag && a.anchor == b.anchor
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(content)
        hasher.combine(range)
        hasher.combine(tag)
        hasher.combine(anchor)
    }

    /// A tag and an anchor; never changed once made, so nodes share it as a value.
    private final class Properties: Sendable {
        let tag: String?
        let anchor: String?

        private init(tag: String?, anchor: String?) {
            self.tag = tag
            self.anchor = anchor
        }

        /// Nil when there is neither.
        static func make(tag: String?, anchor: String?) -> Properties? {
            tag == nil && anchor == nil ? nil : Properties(tag: tag, anchor: anchor)
        }
    }

    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let m) = content { return m }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let s) = content { return s }
        return nil
    }

    /// The scalar text when this node is a scalar key or value.
    public var text: String? { scalar?.value }

    /// The first value whose key is the scalar `key`.
    public subscript(key: String) -> Node? {
        mapping?.first(where: { $0.key.text == key })?.value
    }
}
