/// The commits that changed some paths of a registry, as `git log --raw` gives them: for each
/// commit its id, author and date, and for each changed file the blob ids before and after.
/// One `git log` process reads the whole range; file contents are read later, by blob id,
/// through the running `git cat-file --batch`.
struct GitLog: Sendable {
    struct Commit: Sendable, Hashable {
        var id: String
        var author: String
        var email: String
        /// The author date, ISO 8601 with its offset (`2021-03-01T09:00:00+08:00`).
        var date: String
        var changes: [Change]
    }

    /// One changed file: a path inside the registry and its blob before and after (nil: absent).
    struct Change: Sendable, Hashable {
        var path: String
        var old: ObjectID?
        var new: ObjectID?
    }

    var commits: [Commit]

    /// Runs `git log` in the registry's folder over `range` for `paths` (relative to it).
    /// - Throws: `RunFailure` when git cannot run or rejects the range (exit 2 for the CLI).
    static func read(in folder: String, range: String, paths: [String]) throws -> GitLog {
        guard !range.hasPrefix("-"), !range.contains("\n"), !range.contains("\0"), !range.isEmpty else {
            throw RunFailure(Message(zh: "修订范围“\(range)”无效", en: "'\(range)' is not a revision range"))
        }
        let arguments = ["log", "--format=%x01%H%x00%an%x00%ae%x00%aI", "--raw", "--no-abbrev", "--no-renames", "-z", "--relative", range, "--"] + paths
        let process = try GitProcess.spawn(arguments, in: folder)
        let result = process.collect()
        guard result.status == 0 else {
            let reason = GitProcess.reason(fromStandardError: String(decoding: result.errors, as: UTF8.self))
            if let error = GitRepository.notARepository(folder, reason: reason), reason.contains("not a git repository") { throw error }
            throw RunFailure(Message(zh: "git log 无法读取修订范围 \(range)：\(reason)", en: "git log cannot read the range '\(range)': \(reason)"))
        }
        return GitLog(commits: parse(result.output))
    }

    /// The commits in the output of `git log --format=%x01%H%x00%an%x00%ae%x00%aI --raw -z`.
    static func parse(_ output: [UInt8]) -> [Commit] {
        var commits: [Commit] = []
        var tokens = output.split(separator: 0, omittingEmptySubsequences: false).makeIterator()
        var pendingMeta: [Substring]?
        while let raw = tokens.next() {
            let token = String(decoding: raw.drop { $0 == 10 }, as: UTF8.self)
            if let meta = pendingMeta {
                pendingMeta = nil
                // `:oldmode newmode old new status`, then the path.
                guard meta.count >= 5, !commits.isEmpty else { continue }
                commits[commits.count - 1].changes.append(Change(path: token, old: blob(meta[2]), new: blob(meta[3])))
            } else if token.hasPrefix("\u{1}") {
                let author = tokens.next().map { String(decoding: $0, as: UTF8.self) } ?? ""
                let email = tokens.next().map { String(decoding: $0, as: UTF8.self) } ?? ""
                let date = tokens.next().map { String(decoding: $0, as: UTF8.self) } ?? ""
                commits.append(Commit(id: String(token.dropFirst()), author: author, email: email, date: date, changes: []))
            } else if token.hasPrefix(":") {
                pendingMeta = token.dropFirst().split(separator: " ")
            }
        }
        return commits
    }

    /// A blob id from `--raw` output; nil for the all-zero id of an absent side.
    private static func blob(_ hex: Substring) -> ObjectID? {
        guard hex.contains(where: { $0 != "0" }) else { return nil }
        return ObjectID(hex: String(hex))
    }
}
