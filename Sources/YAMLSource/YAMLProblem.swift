/// Something wrong with a file at the YAML level, found before any schema applies.
public struct YAMLProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// libyaml could not read or parse the text; `context` and `problem` are libyaml's words.
        case syntax(problem: String, context: String?)
        /// A keyboard slip that breaks the YAML (or, for indentation in full-width spaces, that
        /// libyaml reads as part of a key); `detail` is libyaml's message when it failed.
        case slip(SyntaxSlip, detail: String?)
        /// The bytes are not valid UTF-8.
        case invalidUTF8
        /// The file starts with a byte-order mark.
        case byteOrderMark
        /// The file contains a NUL byte.
        case nulByte
        /// The file uses CR or CRLF line ends.
        case carriageReturn
        /// The file is larger than the limit.
        case tooLarge(bytes: Int, limit: Int)
        /// Collections nest deeper than the limit.
        case tooDeep(limit: Int)
        /// An anchor (`&a`) was defined.
        case anchor(name: String)
        /// An alias (`*a`) was used.
        case alias(name: String)
        /// A mapping has the same scalar key twice; reported at every repetition.
        case duplicateKey(key: String, firstLine: Int)
        /// The stream has more than one document.
        case multipleDocuments
        /// A mapping key that is not a scalar.
        case complexKey
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The result of reading one file: its root node (absent when empty or unreadable) and
/// every problem found. A syntax error ends parsing; other problems do not.
public struct YAMLDocument: Sendable {
    public var root: Node?
    public var problems: [YAMLProblem]

    public init(root: Node?, problems: [YAMLProblem]) {
        self.root = root
        self.problems = problems
    }
}
