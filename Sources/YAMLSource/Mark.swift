/// A position in a source file.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars, as editors and
/// libyaml do. `offset` is the 0-based UTF-8 byte offset, which the formatter uses to
/// edit the source text in place.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of a file.
    public static let start = Mark(line: 1, column: 1, offset: 0)

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open span `[start, end)` of source text.
public struct SourceRange: Sendable, Hashable {
    public var start: Mark
    public var end: Mark

    public init(start: Mark, end: Mark) {
        self.start = start
        self.end = end
    }

    /// An empty range at `mark`.
    public init(at mark: Mark) {
        self.init(start: mark, end: mark)
    }

    /// The whole-file range used for findings that concern a file rather than a node.
    public static let fileStart = SourceRange(at: .start)
}
