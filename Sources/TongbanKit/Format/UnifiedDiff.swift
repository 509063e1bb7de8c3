/// A unified diff (`diff -u`) of two texts, line by line, with Myers' shortest edit script.
///
/// Hunks carry `context` unchanged lines around each change and are merged when their
/// contexts touch, as GNU diff does; a last line without a newline is marked
/// `\ No newline at end of file`.
public enum UnifiedDiff {
    /// The diff of `old` and `new`, or "" when they are equal.
    /// - Parameters:
    ///   - oldName: shown after `---`.
    ///   - newName: shown after `+++`.
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = Lines(old)
        let b = Lines(new)
        let script = editScript(a, b)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(script, context: context) {
            out += header(hunk)
            for op in hunk.ops {
                switch op {
                case .keep(let i, let j):
                    out += " " + b.lines[j] + "\n"
                    if a.isLastWithoutNewline(i) || b.isLastWithoutNewline(j) {
                        // Kept text whose newline differs is never paired (see `editScript`).
                        out += noNewline
                    }
                case .delete(let i):
                    out += "-" + a.lines[i] + "\n"
                    if a.isLastWithoutNewline(i) { out += noNewline }
                case .insert(let j):
                    out += "+" + b.lines[j] + "\n"
                    if b.isLastWithoutNewline(j) { out += noNewline }
                }
            }
        }
        return out
    }

    private static let noNewline = "\\ No newline at end of file\n"

    // MARK: - Lines

    /// A text split into lines; the last line may lack its newline.
    struct Lines {
        var lines: [String]
        var endsWithNewline: Bool

        init(lines: [String], endsWithNewline: Bool) {
            self.lines = lines
            self.endsWithNewline = endsWithNewline
        }

        init(_ text: String) {
            var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            endsWithNewline = text.isEmpty || text.hasSuffix("\n")
            if endsWithNewline { parts.removeLast() }
            lines = parts
        }

        func isLastWithoutNewline(_ i: Int) -> Bool {
            !endsWithNewline && i == lines.count - 1
        }

        /// The line as compared: a last line without a newline differs from the same text with one.
        func key(_ i: Int) -> String {
            isLastWithoutNewline(i) ? lines[i] + "\u{0}" : lines[i]
        }
    }

    // MARK: - Edit script

    enum Op: Equatable {
        case keep(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The shortest edit script from `a` to `b` (Myers 1986), after the common prefix and suffix.
    static func editScript(_ a: Lines, _ b: Lines) -> [Op] {
        // Lines are compared as small integers.
        var ids: [String: Int] = [:]
        func id(_ key: String) -> Int {
            if let known = ids[key] { return known }
            ids[key] = ids.count
            return ids.count - 1
        }
        let xs = (0..<a.lines.count).map { id(a.key($0)) }
        let ys = (0..<b.lines.count).map { id(b.key($0)) }
        return myers(xs, ys)
    }

    static func myers(_ a: [Int], _ b: [Int]) -> [Op] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])

        var ops = (0..<prefix).map { Op.keep($0, $0) }
        ops += middle(midA, midB).map { op in
            switch op {
            case .keep(let i, let j): .keep(i + prefix, j + prefix)
            case .delete(let i): .delete(i + prefix)
            case .insert(let j): .insert(j + prefix)
            }
        }
        ops += (0..<suffix).map { Op.keep(a.count - suffix + $0, b.count - suffix + $0) }
        return ops
    }

    /// Myers' greedy forward search, keeping each round's furthest points to trace the path back.
    /// Past `limit` rounds it gives up minimality and replaces the whole middle.
    private static func middle(_ a: [Int], _ b: [Int], limit: Int = 4096) -> [Op] {
        let n = a.count, m = b.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        let maxD = min(n + m, limit)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m {
                    found = true
                    break search
                }
            }
        }
        guard found else {
            return (0..<n).map { .delete($0) } + (0..<m).map { .insert($0) }
        }
        // Walk back from (n, m) through the saved rounds.
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1; y -= 1
                ops.append(.keep(x, y))
            }
            if d > 0 {
                if x == previousX { ops.append(.insert(previousY)) } else { ops.append(.delete(previousX)) }
            }
            x = previousX
            y = previousY
        }
        return ops.reversed()
    }

    // MARK: - Hunks

    struct Hunk {
        var ops: [Op]
        var oldStart: Int
        var oldCount: Int
        var newStart: Int
        var newCount: Int
    }

    /// Groups the script into hunks with `context` kept lines around the changes.
    static func hunks(_ script: [Op], context: Int) -> [Hunk] {
        let changes = script.indices.filter { if case .keep = script[$0] { return false } else { return true } }
        guard let firstChange = changes.first else { return [] }
        var ranges: [(Int, Int)] = []
        var start = max(0, firstChange - context)
        var end = min(script.count, firstChange + 1 + context)
        for index in changes.dropFirst() {
            if index - context <= end {
                end = min(script.count, index + 1 + context)
            } else {
                ranges.append((start, end))
                start = max(0, index - context)
                end = min(script.count, index + 1 + context)
            }
        }
        ranges.append((start, end))

        return ranges.map { (start, end) in
            let ops = Array(script[start..<end])
            // Position before the hunk: the old and new line reached by the ops before it.
            var oldLine = 0, newLine = 0
            for op in script[..<start] {
                switch op {
                case .keep: oldLine += 1; newLine += 1
                case .delete: oldLine += 1
                case .insert: newLine += 1
                }
            }
            let oldCount = ops.count { if case .insert = $0 { return false } else { return true } }
            let newCount = ops.count { if case .delete = $0 { return false } else { return true } }
            return Hunk(ops: ops, oldStart: oldLine, oldCount: oldCount, newStart: newLine, newCount: newCount)
        }
    }

    /// `@@ -l,s +l,s @@`, with GNU diff's conventions: a count of 1 is left out, and an empty
    /// side names the line before it.
    static func header(_ hunk: Hunk) -> String {
        func side(_ start: Int, _ count: Int) -> String {
            switch count {
            case 0: "\(start),0"
            case 1: "\(start + 1)"
            default: "\(start + 1),\(count)"
            }
        }
        return "@@ -\(side(hunk.oldStart, hunk.oldCount)) +\(side(hunk.newStart, hunk.newCount)) @@\n"
    }
}
