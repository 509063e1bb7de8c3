/// A registry as it is in one commit of a git repository, read straight from git's object store.
public struct GitTreeSource: SnapshotSource {
    public let repository: GitRepository
    public let commit: ObjectID
    /// How object names reach the registry's folder from the folder git runs in, with a trailing
    /// `/` (`./`, or `./standards/` when the registry is not on disk): see `GitRepository.containing`.
    public let prefix: String

    public init(repository: GitRepository, commit: ObjectID, prefix: String) {
        self.repository = repository
        self.commit = commit
        self.prefix = prefix.isEmpty || prefix.hasSuffix("/") ? prefix : prefix + "/"
    }

    /// Every entry below the registry's folder, from its tree objects, one level of folders per
    /// request to the running `git cat-file`.
    public func entries() throws -> [SourceEntry] {
        var found: [SourceEntry] = []
        var folders = [""]
        while !folders.isEmpty {
            let trees = try repository.batch.read(folders.map(treeName), limit: Int.max - 1)
            var next: [String] = []
            for (folder, tree) in zip(folders, trees) {
                guard let tree, tree.type == "tree" else { continue }
                for entry in GitTree.entries(tree.bytes, idLength: commit.byteCount) {
                    let path = folder + entry.name
                    switch entry.kind {
                    case .folder: next.append(path + "/")
                    case .file: found.append(SourceEntry(path: path, kind: .file))
                    case .other: found.append(SourceEntry(path: path, kind: .special))
                    }
                }
            }
            folders = next
        }
        return found
    }

    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let object = try repository.batch.read("\(commit.hex):\(prefix)\(path)", limit: limit), object.type == "blob" else {
            throw missing(path)
        }
        return object.bytes
    }

    /// Reads the tree objects of the folders (and of the named files' folders) through the
    /// running `git cat-file`, so listing a revision starts no process and never walks the
    /// registry's other folders. The registry's own tree is read by name; each folder in it by
    /// the id that tree gives, so a folder that is not there is absent, while a tree object
    /// that the repository lacks is a damaged repository.
    /// - Throws: `RunFailure` naming the object and the folder when a tree object is missing.
    public func snapshot(folders: [String], files: [String]) throws -> Snapshot {
        let named = files.map(Snapshot.split)
        var trees: [String] = []
        for folder in folders + named.map(\.folder) where !trees.contains(folder) { trees.append(folder) }
        var snapshot = Snapshot()
        guard let root = try repository.batch.read(treeName(""), limit: Int.max - 1), root.type == "tree" else { return snapshot }
        let top = GitTree.entries(root.bytes, idLength: commit.byteCount)
        // Each wanted folder with the id its parent (the registry's tree) names.
        var ids: [(folder: String, id: ObjectID?)] = []
        for folder in trees where !folder.isEmpty {
            if folder.contains("/") {
                ids.append((folder, nil))
            } else if let entry = top.first(where: { $0.name == folder && $0.kind == .folder }) {
                ids.append((folder, entry.id))
            }
        }
        let objects = try repository.batch.read(ids.map { $0.id?.hex ?? treeName($0.folder + "/") }, limit: Int.max - 1)
        var found: [(String, GitObject?)] = trees.contains("") ? [("", root)] : []
        for (wanted, object) in zip(ids, objects) {
            if let id = wanted.id, object == nil { throw Self.missingObject(id, path: wanted.folder + "/").failure }
            found.append((wanted.folder, object))
        }
        for (folder, object) in found {
            guard let object, object.type == "tree" else { continue }
            var entries = GitTree.entries(object.bytes, idLength: commit.byteCount).filter { $0.kind == .file }
            if !folders.contains(folder) {
                let wanted = Set(named.filter { $0.folder == folder }.map(\.name))
                entries = entries.filter { wanted.contains($0.name) }
            }
            snapshot.set(folder, entries.map { SnapshotEntry(name: $0.name, blob: $0.id) })
        }
        return snapshot
    }

    /// Streams the blobs by id through the running `git cat-file`.
    public func stream(_ files: [SnapshotFile], limit: Int, _ body: (Int, Result<[UInt8], any Error>) -> Void) {
        let names = files.map { $0.blob?.hex ?? "\(commit.hex):\(prefix)\($0.path)" }
        var delivered = 0
        do {
            try repository.batch.read(names, limit: limit) { index, object in
                delivered = index + 1
                guard let object, object.type == "blob" else {
                    // A blob the tree names but the repository lacks: the repository is damaged.
                    if let id = files[index].blob { return body(index, .failure(Self.missingObject(id, path: files[index].path))) }
                    return body(index, .failure(missing(files[index].path)))
                }
                body(index, .success(object.bytes))
            }
        } catch {
            for index in delivered..<files.count { body(index, .failure(error)) }
        }
    }

    /// The object name of a folder of the registry (empty, or ending in `/`) at this commit.
    private func treeName(_ folder: String) -> String {
        "\(commit.hex):\(prefix)\(folder)"
    }

    /// The failure of an object the repository should have and does not.
    static func missingObject(_ id: ObjectID, path: String) -> MissingGitObject {
        MissingGitObject(id: id.hex, path: path)
    }

    private func missing(_ path: String) -> RunFailure {
        RunFailure(Message(zh: "\(commit.hex.prefix(12)) 中没有文件 \(path)", en: "no file \(path) in \(commit.hex.prefix(12))"))
    }
}

/// A git object that a tree names but the repository does not have: a damaged repository,
/// which stops a diff (exit 2) rather than make a side look empty.
public struct MissingGitObject: Error, Sendable, Equatable {
    public var id: String
    /// The registry path the object stands for (a folder ends in `/`).
    public var path: String

    public var failure: RunFailure {
        RunFailure(Message(
            zh: "git 仓库已损坏：缺少对象 \(id)（\(path)）；请运行 git fsck",
            en: "the git repository is damaged: object \(id) (\(path)) is missing; run git fsck"))
    }
}
