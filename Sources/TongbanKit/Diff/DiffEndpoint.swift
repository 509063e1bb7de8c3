/// One side of a diff as the user named it: a git revision, a folder, or the working tree.
public struct DiffEndpoint: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A revision, as given (`HEAD~3`, `v2021.03`).
        case revision(String)
        /// A folder, as given.
        case folder(String)
        /// The registry's working tree.
        case workingTree
    }

    public var kind: Kind
    /// How the registry root is shown before a path inside it (`standards`, or `.`).
    public var displayRoot: String

    public init(_ kind: Kind, displayRoot: String) {
        self.kind = kind
        self.displayRoot = displayRoot
    }

    /// The label in JSON output: the revision or folder as given, or `working tree`.
    public var label: String {
        switch kind {
        case .revision(let text), .folder(let text): text
        case .workingTree: "working tree"
        }
    }

    /// The label in text and Markdown output.
    public func label(_ language: Language) -> String {
        kind == .workingTree ? (language == .zh ? "工作区" : "working tree") : label
    }

    /// A path inside the registry as the user sees it.
    public func display(_ path: String) -> String {
        displayRoot == "." || displayRoot.isEmpty ? path : displayRoot + "/" + path
    }
}
