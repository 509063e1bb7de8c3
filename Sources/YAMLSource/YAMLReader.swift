/// Reads YAML bytes into a `YAMLDocument` with libyaml's event API.
///
/// The reader never expands aliases, bounds size and nesting, and returns every problem it
/// finds as a value, sorted by position.
public enum YAMLReader {
    /// Files larger than this are not parsed.
    public static let maxFileSize = 1 << 20  // 1 MiB
    /// The deepest nesting of collections that is read.
    public static let maxDepth = 64

    /// Reads one YAML file. Never crashes, never hangs, never expands aliases.
    ///
    /// The root is nil for an empty or comment-only file, after a syntax error, when the
    /// file is too large, not UTF-8 or contains a NUL byte, and when collections nest deeper
    /// than `maxDepth` (reading stops at the collection that crosses the limit). Only the
    /// first document is read; the start of a second one is reported and ends reading.
    public static func read(_ bytes: [UInt8]) -> YAMLDocument {
        read(bytes, checkingEncodingFirst: UTF8Sequence.startsLikeUTF16(bytes))
    }

    /// `read`, with the choice of when the bytes' encoding is checked.
    ///
    /// libyaml accepts neither ill-formed UTF-8 nor a NUL byte, so when it reads a file to its
    /// end, the bytes are known to be well formed and only a byte-order mark and carriage
    /// returns are left to report: the full check is made only when libyaml stops early, and
    /// then its findings come first exactly as if it had been made before. Bytes that start like
    /// UTF-16 are checked first (`checkingEncodingFirst`), since libyaml would read them as
    /// UTF-16. Both orders give the same document; a test holds them to it.
    static func read(_ bytes: [UInt8], checkingEncodingFirst: Bool) -> YAMLDocument {
        guard bytes.count <= maxFileSize else {
            return YAMLDocument(root: nil, problems: [
                YAMLProblem(.tooLarge(bytes: bytes.count, limit: maxFileSize), range: .fileStart)
            ])
        }
        var checked: EncodingCheck?
        if checkingEncodingFirst {
            let encoding = EncodingCheck(bytes)
            if let unreadable = unreadable(encoding) { return unreadable }
            checked = encoding
        }
        guard let parser = LibYAMLParser(bytes: bytes) else {
            let encoding = checked ?? EncodingCheck(bytes)
            if let unreadable = unreadable(encoding) { return unreadable }
            let failure = YAMLProblem(.syntax(problem: "libyaml could not start", context: nil), range: .fileStart)
            return YAMLDocument(root: nil, problems: sorted(encoding.problems + [failure]))
        }

        var converter = MarkConverter(bytes)
        var builder = TreeBuilder(maxDepth: maxDepth)
        let failure = parser.parse(into: &builder, converter: &converter)
        let encodingProblems: [YAMLProblem]
        if let checked {
            encodingProblems = checked.problems
        } else if failure == nil && parser.reachedStreamEnd {
            encodingProblems = EncodingCheck.wellFormedTextProblems(bytes)
        } else {
            let encoding = EncodingCheck(bytes)
            if let unreadable = unreadable(encoding) { return unreadable }
            encodingProblems = encoding.problems
        }
        var syntaxError: YAMLProblem?
        if let failure {
            syntaxError = slip(behind: failure, in: bytes) ?? YAMLProblem(
                .syntax(problem: failure.problem, context: failure.context),
                range: SourceRange(at: mark(of: failure, in: bytes, converter: &converter)))
        }

        var problems = encodingProblems + builder.problems
        if let syntaxError { problems.append(syntaxError) }
        return YAMLDocument(root: syntaxError == nil ? builder.root : nil, problems: sorted(problems))
    }

    /// The document of bytes that must not be parsed (ill-formed UTF-8 or a NUL byte): their
    /// encoding problems only. Nil when the bytes can be parsed.
    private static func unreadable(_ encoding: EncodingCheck) -> YAMLDocument? {
        encoding.canParse ? nil : YAMLDocument(root: nil, problems: sorted(encoding.problems))
    }

    /// A bare libyaml event pass (no tree) for benchmarks: returns the number of events,
    /// or nil on a syntax error.
    public static func countEvents(_ bytes: [UInt8]) -> Int? {
        LibYAMLParser(bytes: bytes)?.countEvents()
    }

    // MARK: - Helpers

    /// Where a libyaml failure happened: the problem mark, or for reader errors (which carry
    /// no mark) the byte offset libyaml gives; the context mark or the file start otherwise.
    private static func mark(of failure: ParserFailure, in bytes: [UInt8], converter: inout MarkConverter) -> Mark {
        if let offset = failure.readerByteOffset {
            return SourcePositions(bytes).mark(atByte: offset)
        }
        let zero = RawMark(index: 0, line: 0, column: 0)
        if failure.problemMark != zero { return converter.mark(failure.problemMark) }
        if failure.contextMark != zero { return converter.mark(failure.contextMark) }
        return .start
    }

    /// The keyboard slip that explains a parser failure, at the character that causes it, with
    /// libyaml's words kept as detail; nil for reader errors and failures no slip explains.
    private static func slip(behind failure: ParserFailure, in bytes: [UInt8]) -> YAMLProblem? {
        guard failure.readerByteOffset == nil else { return nil }
        let zero = RawMark(index: 0, line: 0, column: 0)
        let context = failure.contextMark == zero && failure.context == nil
            ? nil : (line: failure.contextMark.line, column: failure.contextMark.column)
        guard let (slip, range) = SlipFinder(bytes).find(
            problem: failure.problem, context: failure.context,
            problemAt: (failure.problemMark.line, failure.problemMark.column), contextAt: context) else { return nil }
        let detail = [failure.context, failure.problem].compactMap { $0 }.joined(separator: " ")
        return YAMLProblem(.slip(slip, detail: detail), range: range)
    }

    /// Problems ordered by start position; ties keep the order they were found in.
    private static func sorted(_ problems: [YAMLProblem]) -> [YAMLProblem] {
        problems.enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }
}
