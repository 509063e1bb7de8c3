/// A git repository that holds a registry, read without checking anything out: one long-running
/// `git cat-file --batch`, started in the registry's folder, resolves revisions (`v1^{commit}`)
/// and streams tree and file contents for every revision. Paths are named relative to that
/// folder (`<commit>:./lists`), so git itself finds the repository and the folder's place in it,
/// and no other git process is started.
public final class GitRepository: Sendable {
    let batch: CatFileBatch

    init(batch: CatFileBatch) {
        self.batch = batch
    }

    /// The repository that holds `folder` (which need not exist yet), and the prefix that names
    /// the folder in object names: `./` when it exists, `./<missing>/…/` below its nearest
    /// existing parent otherwise.
    /// - Parameter shownAs: how messages name the folder (default: as given).
    /// - Throws: `RunFailure` when the folder is in no git repository, or git cannot run.
    public static func containing(_ folder: String, shownAs: String? = nil) throws -> (repository: GitRepository, prefix: String) {
        let opened = try open(folder, shownAs: shownAs, revisions: [])
        return (opened.repository, opened.prefix)
    }

    /// The repository that holds `folder`, the prefix that names the folder (see
    /// `containing(_:shownAs:)`), and the commits that `revisions` name, in order — all answered
    /// by the one `git cat-file` process that later reads the files.
    /// - Throws: `RunFailure` when the folder is in no git repository, a revision names no
    ///   commit (the first such, in order), or git cannot run.
    public static func open(_ folder: String, shownAs: String? = nil, revisions: [String]) throws -> (repository: GitRepository, prefix: String, commits: [ObjectID]) {
        let shown = shownAs ?? folder
        var existing = PathTools.absolute(folder, cwd: PathTools.currentDirectory())
        var missing: [String] = []
        while PathTools.kind(existing) != .directory && existing != "/" {
            missing.insert(String(existing.split(separator: "/").last ?? ""), at: 0)
            existing = PathTools.parent(existing)
        }
        let repository = GitRepository(batch: CatFileBatch(directory: existing))
        // Outside a repository git stops before answering; inside one, `HEAD` always gets an
        // answer (`HEAD missing` before the first commit).
        let questions = revisions.isEmpty ? ["HEAD"] : revisions.map(commitName)
        let answers: [GitObject?]
        do {
            answers = try repository.batch.read(questions, limit: 0)
        } catch let error as RunFailure {
            throw notARepository(shown, reason: repository.batch.failureReason) ?? error
        }
        let commits = try zip(revisions, answers).map(commit)
        return (repository, "./" + missing.map { $0 + "/" }.joined(), commits)
    }

    /// The error for git's reason for stopping, nil when git did not say.
    static func notARepository(_ shown: String, reason: String?) -> RunFailure? {
        guard let reason else { return nil }
        if reason.contains("not a git repository") {
            return RunFailure(Message(
                zh: "\(shown) 不在 git 仓库中：比较修订版本需要 git 仓库（或给出两个目录）",
                en: "\(shown) is not in a git repository: comparing revisions needs one (or give two folders)"))
        }
        return RunFailure(Message(zh: "git 无法读取 \(shown)：\(reason)", en: "git cannot read \(shown): \(reason)"))
    }

    /// The object name that asks git for the commit a revision names (one with a line break is
    /// never sent: `CatFileBatch` answers it as missing).
    static func commitName(_ revision: String) -> String {
        revision + "^{commit}"
    }

    /// The commit git gave for `revision`. - Throws: `RunFailure` when it names no commit.
    static func commit(_ revision: String, _ answer: GitObject?) throws -> ObjectID {
        guard let answer, answer.type == "commit", let id = answer.id else { throw unknownRevision(revision) }
        return id
    }

    static func unknownRevision(_ revision: String) -> RunFailure {
        RunFailure(Message(zh: "git 仓库中没有修订版本 \(revision)", en: "unknown revision '\(revision)': no such commit in the git repository"))
    }

    /// The commit that `revision` (a tag, branch, `HEAD~3`, an id) names.
    /// - Throws: `RunFailure` when it names no commit.
    public func resolve(_ revision: String) throws -> ObjectID {
        try Self.commit(revision, try batch.read(Self.commitName(revision), limit: 0))
    }

    /// How many blobs (file contents) `git cat-file` has delivered so far: tests use it to show
    /// that unchanged files are not read.
    public var blobsRead: Int { batch.blobsRead }
}
