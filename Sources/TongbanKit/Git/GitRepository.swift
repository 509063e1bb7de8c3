import Foundation

/// A git repository that holds a registry, read without checking anything out: revisions are
/// resolved with `git rev-parse`, trees listed with `git ls-tree`, and file contents streamed by
/// one long-running `git cat-file --batch` shared by every revision of the repository.
public final class GitRepository: Sendable {
    /// The top folder of the working tree, absolute.
    public let topLevel: String
    let batch: CatFileBatch

    init(topLevel: String) {
        self.topLevel = topLevel
        self.batch = CatFileBatch(directory: topLevel)
    }

    /// The repository that holds `folder` (which need not exist yet), and the folder's path inside
    /// it with a trailing `/` (empty for the top folder).
    /// - Parameter shownAs: how messages name the folder (default: as given).
    /// - Throws: `SourceError` when the folder is in no git repository, or git cannot run.
    public static func containing(_ folder: String, shownAs: String? = nil) throws -> (repository: GitRepository, prefix: String) {
        let shown = shownAs ?? folder
        var existing = PathTools.absolute(folder, cwd: PathTools.currentDirectory())
        var missing: [String] = []
        while PathTools.kind(existing) != .directory && existing != "/" {
            missing.insert(String(existing.split(separator: "/").last ?? ""), at: 0)
            existing = PathTools.parent(existing)
        }
        let output = try GitProcess.run(["rev-parse", "--show-toplevel", "--show-prefix"], in: existing)
        let lines = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard output.status == 0, lines.count >= 2, !lines[0].isEmpty else {
            if output.stderr.contains("not a git repository") || output.status == 0 {
                throw SourceError(Message(
                    zh: "\(shown) 不在 git 仓库中：比较修订版本需要 git 仓库（或给出两个目录）",
                    en: "\(shown) is not in a git repository: comparing revisions needs one (or give two folders)"))
            }
            throw SourceError(Message(zh: "git 无法读取 \(shown)：\(output.reason)", en: "git cannot read \(shown): \(output.reason)"))
        }
        let prefix = String(lines[1]) + missing.map { $0 + "/" }.joined()
        return (GitRepository(topLevel: String(lines[0])), prefix)
    }

    /// The commit that `revision` (a tag, branch, `HEAD~3`, an id) names.
    /// - Throws: `SourceError` when it names no commit.
    public func resolve(_ revision: String) throws -> ObjectID {
        let output = try GitProcess.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: topLevel)
        let text = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard output.status == 0, let id = ObjectID(hex: text) else {
            throw SourceError(Message(zh: "git 仓库中没有修订版本 \(revision)", en: "unknown revision '\(revision)': no such commit in the git repository"))
        }
        return id
    }

    /// The commits `revisions` name, in order, resolved concurrently (while `git cat-file`
    /// starts, ready for the reads that follow).
    /// - Throws: `SourceError` for the first revision that names no commit.
    public func resolve(_ revisions: [String]) throws -> [ObjectID] {
        let batch = self.batch
        let results = ([nil] + revisions.map(Optional.some)).parallelMap { revision -> Result<ObjectID?, any Error> in
            guard let revision else { return Result { try batch.launch(); return nil } }
            return Result { try self.resolve(revision) }
        }
        return try results.dropFirst().compactMap { try $0.get() }
    }

    /// How many blobs (file contents) `git cat-file` has delivered so far: tests use it to show
    /// that unchanged files are not read.
    public var blobsRead: Int { batch.blobsRead }

    /// The entries of `commit` below the repository paths `paths` (every entry when empty), recursively.
    func listTree(_ commit: ObjectID, paths: [String]) throws -> [GitTreeEntry] {
        var arguments = ["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit.hex]
        if !paths.isEmpty { arguments += ["--"] + paths }
        let output = try GitProcess.run(arguments, in: topLevel)
        guard output.status == 0 else {
            throw SourceError(Message(zh: "git ls-tree 失败：\(output.reason)", en: "git ls-tree failed: \(output.reason)"))
        }
        return GitTreeEntry.parse(output.stdout)
    }
}

/// One line of `git ls-tree -z`: `<mode> <type> <id>\t<path>`.
struct GitTreeEntry: Sendable, Hashable {
    var mode: String
    var type: String
    var id: ObjectID
    var path: String

    static func parse(_ bytes: [UInt8]) -> [GitTreeEntry] {
        var entries: [GitTreeEntry] = []
        for record in bytes.split(separator: 0) {
            guard let tab = record.firstIndex(of: 9) else { continue }
            let head = record[record.startIndex..<tab].split(separator: 32)
            guard head.count == 3, let id = ObjectID(hex: String(decoding: head[2], as: UTF8.self)) else { continue }
            entries.append(GitTreeEntry(
                mode: String(decoding: head[0], as: UTF8.self), type: String(decoding: head[1], as: UTF8.self),
                id: id, path: String(decoding: record[(tab + 1)...], as: UTF8.self)))
        }
        return entries
    }
}
