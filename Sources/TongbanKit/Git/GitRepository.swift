import Foundation

/// A git repository that holds a registry, read without checking anything out: revisions are
/// resolved with `git rev-parse --verify`, whole trees listed with `git ls-tree`, and tree and
/// file contents streamed by one long-running `git cat-file --batch` shared by every revision.
public final class GitRepository: Sendable {
    /// The top folder of the working tree, absolute.
    public let topLevel: String
    let batch: CatFileBatch

    init(topLevel: String, batch: CatFileBatch) {
        self.topLevel = topLevel
        self.batch = batch
    }

    /// The repository that holds `folder` (which need not exist yet), and the folder's path inside
    /// it with a trailing `/` (empty for the top folder).
    /// - Parameter shownAs: how messages name the folder (default: as given).
    /// - Throws: `SourceError` when the folder is in no git repository, or git cannot run.
    public static func containing(_ folder: String, shownAs: String? = nil) throws -> (repository: GitRepository, prefix: String) {
        let opened = try open(folder, shownAs: shownAs, revisions: [])
        return (opened.repository, opened.prefix)
    }

    /// The repository that holds `folder`, the folder's path inside it, and the commits that
    /// `revisions` name, in order. The `git rev-parse` calls run at once, and `git cat-file`
    /// starts meanwhile, ready for the reads that follow.
    /// - Throws: `SourceError` when the folder is in no git repository, a revision names no
    ///   commit (the first such, in order), or git cannot run.
    public static func open(_ folder: String, shownAs: String? = nil, revisions: [String]) throws -> (repository: GitRepository, prefix: String, commits: [ObjectID]) {
        let shown = shownAs ?? folder
        var existing = PathTools.absolute(folder, cwd: PathTools.currentDirectory())
        var missing: [String] = []
        while PathTools.kind(existing) != .directory && existing != "/" {
            missing.insert(String(existing.split(separator: "/").last ?? ""), at: 0)
            existing = PathTools.parent(existing)
        }
        let batch = CatFileBatch(directory: existing)
        func verify(_ revision: String) -> [String] { ["--verify", "--quiet", "--end-of-options", revision + "^{commit}"] }
        var calls: [[String]?] = [["rev-parse", "--show-toplevel", "--show-prefix"] + (revisions.first.map(verify) ?? [])]
        calls += revisions.dropFirst().map { ["rev-parse"] + verify($0) }
        if !revisions.isEmpty { calls.append(nil) }  // start cat-file
        let directory = existing
        let results = calls.parallelMap { arguments -> Result<GitOutput?, any Error> in
            guard let arguments else { return Result { try batch.launch(); return nil } }
            return Result { try GitProcess.run(arguments, in: directory) }
        }

        let located = try results[0].get() ?? GitOutput(status: -1, stdout: [], stderr: "")
        let lines = String(decoding: located.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2, !lines[0].isEmpty else {
            if located.stderr.contains("not a git repository") || located.status == 0 {
                throw SourceError(Message(
                    zh: "\(shown) 不在 git 仓库中：比较修订版本需要 git 仓库（或给出两个目录）",
                    en: "\(shown) is not in a git repository: comparing revisions needs one (or give two folders)"))
            }
            throw SourceError(Message(zh: "git 无法读取 \(shown)：\(located.reason)", en: "git cannot read \(shown): \(located.reason)"))
        }
        var commits: [ObjectID] = []
        for (index, revision) in revisions.enumerated() {
            let text = index == 0 ? (lines.count > 2 ? lines[2] : "") : String(decoding: try results[index].get()?.stdout ?? [], as: UTF8.self)
            guard let id = ObjectID(hex: text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw unknownRevision(revision) }
            commits.append(id)
        }
        if revisions.count > 0 { _ = try results[revisions.count].get() }
        let prefix = lines[1] + missing.map { $0 + "/" }.joined()
        return (GitRepository(topLevel: lines[0], batch: batch), prefix, commits)
    }

    static func unknownRevision(_ revision: String) -> SourceError {
        SourceError(Message(zh: "git 仓库中没有修订版本 \(revision)", en: "unknown revision '\(revision)': no such commit in the git repository"))
    }

    /// The commit that `revision` (a tag, branch, `HEAD~3`, an id) names.
    /// - Throws: `SourceError` when it names no commit.
    public func resolve(_ revision: String) throws -> ObjectID {
        let output = try GitProcess.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: topLevel)
        let text = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard output.status == 0, let id = ObjectID(hex: text) else { throw Self.unknownRevision(revision) }
        return id
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
