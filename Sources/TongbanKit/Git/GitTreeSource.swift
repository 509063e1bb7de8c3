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
            throw missing(path)
        }
        return object.bytes
    }

    /// Reads the tree objects of the folders (and of the named files' folders) through the
    /// running `git cat-file`, so listing a revision starts no process and never walks the
    /// registry's other folders.
    public func snapshot(folders: [String], files: [String]) throws -> [SnapshotFile] {
        let parents = files.map { path in path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "" }
        var trees: [String] = []
        for folder in folders + parents where !trees.contains(folder) { trees.append(folder) }
        let objects = try repository.batch.read(trees.map(treeName), limit: Int.max - 1)
        var listing: [String: [String: ObjectID]] = [:]
        for (folder, object) in zip(trees, objects) {
            guard let object, object.type == "tree" else { continue }
            listing[folder] = GitTree.regularFiles(object.bytes, idLength: commit.hex.utf8.count / 2)
        }
        var result: [SnapshotFile] = []
        for folder in folders {
            for (name, id) in (listing[folder] ?? [:]).sorted(by: { $0.key < $1.key }) {
                result.append(SnapshotFile(path: folder + "/" + name, blob: id))
            }
        }
        for (file, parent) in zip(files, parents) {
            let name = parent.isEmpty ? file : String(file.dropFirst(parent.count + 1))
            if let id = listing[parent]?[name] { result.append(SnapshotFile(path: file, blob: id)) }
        }
        return result
    }

    /// Streams the blobs by id through the running `git cat-file`.
    public func contents(of files: [SnapshotFile], limit: Int) -> [Result<[UInt8], any Error>] {
        let names = files.map { $0.blob?.hex ?? "\(commit.hex):\(prefix)\($0.path)" }
        do {
            return zip(files, try repository.batch.read(names, limit: limit)).map { file, object in
                guard let object, object.type == "blob" else { return .failure(missing(file.path)) }
                return .success(object.bytes)
            }
        } catch {
            return files.map { _ in .failure(error) }
        }
    }

    /// The object name of a folder of the registry at this commit (`<commit>:` is the top tree).
    private func treeName(_ folder: String) -> String {
        let path = prefix + folder
        return "\(commit.hex):" + (path.hasSuffix("/") ? String(path.dropLast()) : path)
    }

    private func missing(_ path: String) -> SourceError {
        SourceError(Message(zh: "\(commit.hex.prefix(12)) 中没有文件 \(prefix)\(path)", en: "no file \(prefix)\(path) in \(commit.hex.prefix(12))"))
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
