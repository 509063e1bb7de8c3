/// A replacement of the bytes `start..<end` of a file (an insertion when the range is empty).
public struct TextEdit: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var replacement: [UInt8]

    public init(start: Int, end: Int, replacement: [UInt8]) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }

    public init(start: Int, end: Int, replacement: String) {
        self.init(start: start, end: end, replacement: Array(replacement.utf8))
    }

    /// `bytes` with every edit applied, or nil when two edits overlap. Of an insertion and a
    /// replacement at the same offset, the insertion's text comes first.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8]? {
        let ascending = edits.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var previousEnd = 0
        for edit in ascending {
            guard edit.start >= previousEnd, edit.start <= edit.end, edit.end <= bytes.count else { return nil }
            previousEnd = edit.end
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.replacement.count })
        var cursor = 0
        for edit in ascending {
            out.append(contentsOf: bytes[cursor..<edit.start])
            out.append(contentsOf: edit.replacement)
            cursor = edit.end
        }
        out.append(contentsOf: bytes[cursor...])
        return out
    }
}
