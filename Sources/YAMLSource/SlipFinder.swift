/// Finds the keyboard slip behind a libyaml syntax error by reading the lines around it.
///
/// libyaml reports where it noticed the problem: a full-width colon or a missing space after a
/// colon on the line of a key is noticed on the next line, an over-indented key at its colon.
/// The finder looks at the lines libyaml names and the few structural lines before them, and
/// answers only when one of the known slips is plainly there; otherwise libyaml's own position
/// and words stand. It is run only after libyaml has failed, on text known to be UTF-8.
struct SlipFinder {
    /// One line of the text, without its line break.
    struct Line {
        let scalars: [Unicode.Scalar]
        /// The UTF-8 byte offset of the line's first scalar.
        let offset: Int
    }

    private let lines: [Line]
    /// Whether each line is the content of a block scalar (`|`, `>`), which is text, not structure.
    private let opaque: [Bool]

    init(_ bytes: [UInt8]) {
        let base = UTF8Sequence.hasByteOrderMark(bytes) ? 3 : 0
        var lines: [Line] = []
        var current: [Unicode.Scalar] = []
        var lineStart = base
        var offset = base
        var afterCR = false
        for scalar in String(decoding: bytes[min(base, bytes.count)...], as: UTF8.self).unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if afterCR {
                afterCR = false
                if scalar == "\n" { lineStart = offset + width; continue }
            }
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(Line(scalars: current, offset: lineStart))
                current = []
                lineStart = offset + width
                afterCR = scalar == "\r"
            default:
                current.append(scalar)
            }
        }
        lines.append(Line(scalars: current, offset: lineStart))
        self.lines = lines
        self.opaque = Self.blockScalarContent(lines)
    }

    /// The slip that explains libyaml's failure, and where it is.
    /// - Parameters:
    ///   - problemAt: libyaml's problem mark, 0-based line and column.
    ///   - contextAt: libyaml's context mark, when it gives one.
    func find(problem: String, context: String?, problemAt: (line: Int, column: Int), contextAt: (line: Int, column: Int)?) -> (SyntaxSlip, SourceRange)? {
        guard !lines.isEmpty else { return nil }
        let last = min(max(problemAt.line, 0), lines.count - 1)

        // An unclosed quote: libyaml's context mark is the opening quote.
        if context == "while scanning a quoted scalar", let at = contextAt, let quote = scalar(at),
           quote == "\"" || quote == "'" {
            return (.unclosedQuote(quote: String(quote)), range(line: at.line, column: at.column))
        }
        // A tab: libyaml stops right at it.
        if problem == "found character that cannot start any token", scalar(problemAt) == "\t",
           problemAt.line < lines.count, problemAt.column < indentEnd(lines[problemAt.line]) {
            return (.tabIndentation, range(line: problemAt.line, column: problemAt.column))
        }

        var candidates: [Int] = []
        if context == "while scanning a simple key", let at = contextAt, at.line >= 0, at.line <= last {
            candidates.append(at.line)
        }
        var index = last
        var structural = 0
        while index >= 0 && structural < 3 {
            if isStructural(index) {
                structural += 1
                if !candidates.contains(index) { candidates.append(index) }
            }
            index -= 1
        }
        for index in candidates {
            if let found = slip(onLine: index) { return found }
        }
        return indentationSlip(problem: problem, problemAt: problemAt, line: last)
    }

    // MARK: - Slips on one line

    /// A slip on line `index` that breaks YAML wherever it stands: a tab or full-width space in
    /// the indentation of a key or item, a key followed by `：` or by `:` with no space, a
    /// quoted value that does not close on its line.
    private func slip(onLine index: Int) -> (SyntaxSlip, SourceRange)? {
        let line = lines[index]
        let end = indentEnd(line)
        guard end < line.scalars.count, line.scalars[end] != "#" else { return nil }
        for column in 0..<end {
            if line.scalars[column] == "\t" { return (.tabIndentation, range(line: index, column: column)) }
            if line.scalars[column] == "\u{3000}" { return (.fullWidthSpaceIndentation, range(line: index, column: column)) }
        }
        if let (slip, column) = colonSlip(line) { return (slip, range(line: index, column: column)) }
        if let (quote, column) = unclosedQuote(line) { return (.unclosedQuote(quote: quote), range(line: index, column: column)) }
        return nil
    }

    /// `key：value` or `key:value` where a key is written; the column is the colon's.
    private func colonSlip(_ line: Line) -> (SyntaxSlip, Int)? {
        let start = itemStart(line)
        let isItem = start > indentEnd(line)
        guard let (key, colon) = keyBeforeColon(line, from: start) else { return nil }
        // Text in a list item (`- 居民身份证：原件`) is text: only an English key there is a slip.
        guard !isItem || key.unicodeScalars.allSatisfy(Self.isASCIIKeyScalar) else { return nil }
        let s = line.scalars
        if s[colon] == "：" { return (.fullWidthColon(key: key), colon) }
        let next = colon + 1
        guard next < s.count, s[next] != " ", s[next] != "\t", s[next] != "/", s[next] != "#" else { return nil }
        return (.noSpaceAfterColon(key: key), colon)
    }

    /// The key-like text from `start` to the first colon (`:` or `：`) and the colon's column;
    /// nil when white space, a quote or a bracket comes first.
    private func keyBeforeColon(_ line: Line, from start: Int) -> (String, Int)? {
        let s = line.scalars
        var column = start
        while column < s.count {
            let c = s[column]
            if c == ":" || c == "：" { break }
            if c == " " || c == "\t" || c == "\u{3000}" || Self.notInKey.contains(c) { return nil }
            column += 1
        }
        guard column < s.count, column > start, column - start <= 40 else { return nil }
        let first = s[start]
        guard !(first >= "0" && first <= "9"), first != "-" else { return nil }
        var key = ""
        key.unicodeScalars.append(contentsOf: s[start..<column])
        return (key, column)
    }

    /// A value or item that opens a quote and does not close it on its line: the quote and its column.
    private func unclosedQuote(_ line: Line) -> (String, Int)? {
        let s = line.scalars
        var value = itemStart(line)
        if value < s.count, s[value] != "\"", s[value] != "'" {
            guard let (_, colon) = keyBeforeColon(line, from: value), s[colon] == ":",
                  colon + 1 < s.count, s[colon + 1] == " " else { return nil }
            value = colon + 1
            while value < s.count && s[value] == " " { value += 1 }
        }
        guard value < s.count, s[value] == "\"" || s[value] == "'" else { return nil }
        let quote = s[value]
        var i = value + 1
        while i < s.count {
            if quote == "\"" && s[i] == "\\" { i += 2; continue }
            if s[i] == quote {
                if quote == "'" && i + 1 < s.count && s[i + 1] == "'" { i += 2; continue }
                return nil
            }
            i += 1
        }
        return (String(quote), value)
    }

    // MARK: - Indentation

    /// A line whose indentation matches neither the line before it nor any level still open:
    /// an over-indented key after a line with a value (libyaml: "mapping values are not
    /// allowed" at its colon) or a key or item at a level no parent has ("did not find
    /// expected key" at its first character).
    private func indentationSlip(problem: String, problemAt: (line: Int, column: Int), line index: Int) -> (SyntaxSlip, SourceRange)? {
        guard problemAt.line == index, let previous = previousStructural(before: index) else { return nil }
        let line = lines[index]
        let found = leadingSpaces(line)
        let start = itemStart(line)
        let allowed = openLevels(from: previous)
        guard indentEnd(line) == found, !allowed.contains(found) else { return nil }
        switch problem {
        case "mapping values are not allowed in this context":
            guard found > leadingSpaces(lines[previous]), let (_, colon) = keyBeforeColon(line, from: start),
                  colon == problemAt.column, hasScalarValue(lines[previous]) else { return nil }
        case "did not find expected key", "did not find expected '-' indicator":
            guard problemAt.column == found else { return nil }
        default:
            return nil
        }
        let range = SourceRange(start: mark(line: index, column: 0), end: mark(line: index, column: max(found, 1)))
        return (.inconsistentIndentation(found: found, allowed: allowed), range)
    }

    /// The indentations a line after `index` may have: that line's own and its item content's,
    /// and those of every parent above it, largest first.
    private func openLevels(from index: Int) -> [Int] {
        var levels: [Int] = []
        var smallest = Int.max
        var i = index
        while i >= 0 && smallest > 0 {
            if isStructural(i) {
                let indent = leadingSpaces(lines[i])
                if indent < smallest || i == index {
                    smallest = min(smallest, indent)
                    levels.append(indent)
                    levels.append(contentsOf: itemContentColumns(lines[i]))
                }
            }
            i -= 1
        }
        levels.append(0)
        return Array(Set(levels)).sorted(by: >)
    }

    /// Whether a line's key has a value on the same line (`key: value`) or it is a list item of text.
    private func hasScalarValue(_ line: Line) -> Bool {
        let s = line.scalars
        let start = itemStart(line)
        guard start < s.count else { return false }
        if let (_, colon) = keyBeforeColon(line, from: start), s[colon] == ":" {
            var value = colon + 1
            while value < s.count && s[value] == " " { value += 1 }
            guard value < s.count else { return false }
            return !["#", "|", ">", "&", "!"].contains(s[value])
        }
        return start > indentEnd(line)
    }

    // MARK: - Lines

    private func isStructural(_ index: Int) -> Bool {
        guard index >= 0, index < lines.count, !opaque[index] else { return false }
        let line = lines[index]
        let end = indentEnd(line)
        return end < line.scalars.count && line.scalars[end] != "#"
    }

    private func previousStructural(before index: Int) -> Int? {
        var i = index - 1
        while i >= 0 {
            if isStructural(i) { return i }
            i -= 1
        }
        return nil
    }

    /// Where the indentation ends: the first scalar that is not a space, tab or full-width space.
    private func indentEnd(_ line: Line) -> Int {
        line.scalars.firstIndex { $0 != " " && $0 != "\t" && $0 != "\u{3000}" } ?? line.scalars.count
    }

    private func leadingSpaces(_ line: Line) -> Int {
        line.scalars.firstIndex { $0 != " " } ?? line.scalars.count
    }

    /// Where a line's content starts after its indentation and any `- ` item markers.
    private func itemStart(_ line: Line) -> Int {
        itemContentColumns(line).last ?? indentEnd(line)
    }

    /// The columns where the content of each `- ` item marker on the line starts.
    private func itemContentColumns(_ line: Line) -> [Int] {
        let s = line.scalars
        var columns: [Int] = []
        var k = indentEnd(line)
        while k + 1 < s.count, s[k] == "-", s[k + 1] == " " {
            k += 2
            while k < s.count && s[k] == " " { k += 1 }
            columns.append(k)
        }
        return columns
    }

    /// Marks the lines that are the content of a block scalar: those indented deeper than the
    /// line that opens it with `|` or `>`, and the blank lines among them.
    private static func blockScalarContent(_ lines: [Line]) -> [Bool] {
        var opaque = [Bool](repeating: false, count: lines.count)
        var parent: Int?
        for (i, line) in lines.enumerated() {
            let indent = line.scalars.firstIndex { $0 != " " } ?? line.scalars.count
            if let p = parent {
                if indent == line.scalars.count || indent > p { opaque[i] = true; continue }
                parent = nil
            }
            if opensBlockScalar(line) { parent = indent }
        }
        return opaque
    }

    /// Whether a line ends in a block scalar header (`key: |`, `- >-`, `key: |2 # note`).
    private static func opensBlockScalar(_ line: Line) -> Bool {
        var scalars = line.scalars[...]
        if let comment = scalars.indices.first(where: { $0 > scalars.startIndex && scalars[$0] == "#" && scalars[$0 - 1] == " " }) {
            scalars = scalars[..<comment]
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let tokens = text.split(separator: " ")
        guard tokens.count >= 2, let header = tokens.last, let first = header.unicodeScalars.first,
              first == "|" || first == ">", header.count <= 3,
              header.unicodeScalars.dropFirst().allSatisfy({ $0 == "+" || $0 == "-" || ($0 >= "1" && $0 <= "9") }) else { return false }
        let before = tokens[tokens.count - 2]
        return before.hasSuffix(":") || before == "-"
    }

    private static let notInKey: Set<Unicode.Scalar> = ["\"", "'", "[", "]", "{", "}", ",", "#", "&", "*", "!", "|", ">", "%", "@", "`"]

    private static func isASCIIKeyScalar(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_"
    }

    // MARK: - Positions

    private func scalar(_ at: (line: Int, column: Int)) -> Unicode.Scalar? {
        guard at.line >= 0, at.line < lines.count, at.column >= 0, at.column < lines[at.line].scalars.count else { return nil }
        return lines[at.line].scalars[at.column]
    }

    private func mark(line index: Int, column: Int) -> Mark {
        let line = lines[index]
        let column = min(column, line.scalars.count)
        let offset = line.offset + line.scalars[..<column].reduce(0) { $0 + UTF8.width($1) }
        return Mark(line: index + 1, column: column + 1, offset: offset)
    }

    /// The one-character range at a line and column.
    private func range(line index: Int, column: Int) -> SourceRange {
        SourceRange(start: mark(line: index, column: column), end: mark(line: index, column: column + 1))
    }
}
