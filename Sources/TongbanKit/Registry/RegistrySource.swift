/// Where a registry's files come from: a folder, a git revision, or memory (tests).
public protocol RegistrySource: Sendable {
    /// Every entry below the root, with `/`-separated relative paths, in any order.
    func entries() throws -> [SourceEntry]
    /// The bytes of the file at `path`; at most `limit + 1` bytes are read.
    func read(_ path: String, limit: Int) throws -> [UInt8]
}

/// One entry of a registry folder.
public struct SourceEntry: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case file
        /// A directory whose name looks like a YAML file (`x.yaml/`).
        case directory
        /// A symbolic link that points outside the registry or cannot be resolved.
        case linkOutside
        /// A symbolic link to a directory: not followed.
        case linkedDirectory
        /// A device, socket or pipe.
        case special
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

/// Files held in memory, for tests and examples.
public struct InMemorySource: RegistrySource {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) {
        self.files = files
    }

    public init(texts: [String: String]) {
        self.files = texts.mapValues { Array($0.utf8) }
    }

    public func entries() throws -> [SourceEntry] {
        files.keys.sorted().map { SourceEntry(path: $0, kind: .file) }
    }

    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let bytes = files[path] else {
            throw RunFailure(Message(zh: "文件不存在：\(path)", en: "no such file: \(path)"))
        }
        return Array(bytes.prefix(limit + 1))
    }
}
