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
    /// registry's other folders.
    public func snapshot(folders: [String], files: [String]) throws -> Snapshot {
        let named = files.map(Snapshot.split)
        var trees: [String] = []
        for folder in folders + named.map(\.folder) where !trees.contains(folder) { trees.append(folder) }
        let objects = try repository.batch.read(trees.map { treeName($0.isEmpty ? $0 : $0 + "/") }, limit: Int.max - 1)
        var snapshot = Snapshot()
        for (folder, object) in zip(trees, objects) {
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
                guard let object, object.type == "blob" else { return body(index, .failure(missing(files[index].path))) }
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

    private func missing(_ path: String) -> RunFailure {
        RunFailure(Message(zh: "\(commit.hex.prefix(12)) 中没有文件 \(path)", en: "no file \(path) in \(commit.hex.prefix(12))"))
    }
}
