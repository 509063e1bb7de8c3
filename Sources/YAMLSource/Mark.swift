/// A position in a source file.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars, as editors and
/// libyaml do. `offset` is the 0-based UTF-8 byte offset, which the formatter uses to
/// edit the source text in place.
///
/// Stored in 32 bits each (12 bytes rather than 24): every node, value and finding carries two
/// marks, and no file the reader parses (at most 1 MiB) comes near the limit. Larger numbers are
/// clamped to `Int32.max`.
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    /// The start of a file.
    public static let start = Mark(line: 1, column: 1, offset: 0)

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
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
