/// A registry as it is in one commit of a git repository, read straight from git's object store.
public struct GitTreeSource: SnapshotSource {
    public let repository: GitRepository
    public let commit: ObjectID
    /// The registry's folder inside the repository, with a trailing `/` (empty: the whole repository).
    public let prefix: String

    public init(repository: GitRepository, commit: ObjectID, prefix: String) {
        self.repository = repository
        self.commit = commit
        self.prefix = prefix.isEmpty || prefix.hasSuffix("/") ? prefix : prefix + "/"
    }

    public func entries() throws -> [SourceEntry] {
        let root = prefix.isEmpty ? [] : [String(prefix.dropLast())]
        return try repository.listTree(commit, paths: root).compactMap { entry in
            inside(entry.path).map { SourceEntry(path: $0, kind: entry.isRegularFile ? .file : .special) }
        }
    }

    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let object = try repository.batch.read("\(commit.hex):\(prefix)\(path)", limit: limit), object.type == "blob" else {
            throw SourceError(Message(zh: "\(commit.hex.prefix(12)) 中没有文件 \(prefix)\(path)", en: "no file \(prefix)\(path) in \(commit.hex.prefix(12))"))
        }
        return object.bytes
    }

    public func snapshot(folders: [String], files: [String]) throws -> [SnapshotFile] {
        let paths = (folders + files).map { prefix + $0 }
        let wanted = Set(files)
        return try repository.listTree(commit, paths: paths).compactMap { entry in
            guard entry.isRegularFile, let path = inside(entry.path) else { return nil }
            let isDirect = folders.contains { path.hasPrefix($0 + "/") && !path.dropFirst($0.count + 1).contains("/") }
            return isDirect || wanted.contains(path) ? SnapshotFile(path: path, blob: entry.id) : nil
        }
    }

    /// `path` (from the repository's top) relative to the registry, or nil when it is outside.
    private func inside(_ path: String) -> String? {
        guard path.hasPrefix(prefix), path.count > prefix.count else { return nil }
        return String(path.dropFirst(prefix.count))
    }
}

extension GitTreeEntry {
    /// A blob with a file mode (not a symbolic link or a submodule).
    var isRegularFile: Bool { type == "blob" && (mode == "100644" || mode == "100755") }
}
