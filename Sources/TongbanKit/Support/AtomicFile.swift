#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content all at once: a temporary file in the same folder is written,
/// flushed to disk and renamed over the target, so a reader sees the old or the new content,
/// never a part. The file keeps its permission bits (and, where allowed, its owner).
///
/// Every writer of registry files (`fmt`, `import`) and of `-o` outputs goes through here, so
/// one policy holds for all of them:
/// - A symbolic link is written through to its target, and only when that target stays inside
///   the folder given as `inside` (the registry); the link itself is kept.
/// - What the caller expects to find is checked after the temporary file is complete and
///   flushed, immediately before it is put in place: a file that must still hold the bytes that
///   were read is read again and compared in full; a file that must not exist yet is linked into
///   place with `link(2)`, which fails rather than replace one that appeared. The window that
///   remains is the few microseconds between that check and `rename(2)`.
/// - Temporary files are named `.NAME.tongban-XXXXXX`; one left by a killed run is removed by
///   `removeLeftovers` on the next run.
public enum AtomicFile {
    /// What the target must be when the new content is put in place.
    public enum Expectation: Sendable, Equatable {
        /// Anything (or nothing): the new content replaces it.
        case any
        /// No file: the target is created, never replaced.
        case absent
        /// A file holding exactly these bytes, as they were read.
        case unchanged([UInt8])
    }

    /// The part of a temporary file's name that marks it as tongban's.
    public static let temporaryMarker = ".tongban-"

    /// Writes `bytes` to `path`.
    ///
    /// A file or folder without write permission is refused up front, even for the superuser,
    /// so that `chmod a-w` protects a file from `fmt`. A new file gets mode 0666 less the umask.
    /// - Parameters:
    ///   - inside: a folder the written file must be in once links are resolved, or nil.
    ///   - expecting: what must be at the target when the new content is put in place.
    /// - Throws: `RunFailure` saying what could not be done; the target is then unchanged.
    public static func write(_ bytes: [UInt8], to path: String, inside root: String? = nil, expecting: Expectation = .any) throws {
        try write(to: path, inside: root, expecting: expecting, beforeCommit: {}) { append in try append(bytes) }
    }

    /// Writes what `produce` hands to `append`, piece by piece, to `path`, as `write` does: the
    /// target changes only once `produce` has returned and the whole content is flushed. When
    /// `produce` throws, the target is left as it was and its error is thrown.
    public static func write(to path: String, inside root: String? = nil, expecting: Expectation = .any, producing produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        try write(to: path, inside: root, expecting: expecting, beforeCommit: {}, producing: produce)
    }

    /// `write`, with a hook run after the temporary file is flushed and before the check that
    /// precedes the rename: tests use it to change the target at the worst moment.
    static func write(_ bytes: [UInt8], to path: String, inside root: String?, expecting: Expectation, beforeCommit: () -> Void) throws {
        try write(to: path, inside: root, expecting: expecting, beforeCommit: beforeCommit) { append in try append(bytes) }
    }

    private static func write(to path: String, inside root: String?, expecting: Expectation, beforeCommit: () -> Void, producing produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        let target = try resolve(path, inside: root)
        let folder = PathTools.parent(target)
        var info = stat()
        var mode: mode_t
        var owner: (uid_t, gid_t)?
        if lstat(target, &info) == 0 {
            guard expecting != .absent else {
                throw failure(zh: "\(path) 已存在，未改动", en: "\(path) already exists; it was left unchanged")
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw failure(zh: "\(path) 不是普通文件", en: "\(path) is not a regular file")
            }
            mode = info.st_mode & 0o7777
            owner = (info.st_uid, info.st_gid)
            guard mode & 0o222 != 0 else {
                throw failure(zh: "\(path) 是只读文件，未改动", en: "\(path) is read-only; it was left unchanged")
            }
        } else {
            if case .unchanged = expecting {
                throw changed(path)
            }
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else {
            throw failure(zh: "无法写入 \(path)：目录 \(folder) 无法访问（\(errorText())）", en: "cannot write \(path): cannot access the folder \(folder) (\(errorText()))")
        }
        guard folderInfo.st_mode & 0o222 != 0 else {
            throw failure(zh: "目录 \(folder) 是只读的，\(path) 未改动", en: "folder \(folder) is read-only; \(path) was left unchanged")
        }

        let temporary = try makeTemporary(beside: target, path: path)
        var finished = false
        defer {
            if !finished { unlink(temporary.path) }
        }
        let problem: String?
        do {
            problem = try fill(temporary.fd, mode: mode, owner: owner) {
                try produce { bytes in
                    if let problem = POSIXIO.writeAll(temporary.fd, bytes) { throw WriteProblem(text: problem) }
                }
            }
        } catch {
            close(temporary.fd)
            throw (error as? WriteProblem).map { failure(zh: "无法写入 \(path)：\($0.text)，文件未改动", en: "cannot write \(path): \($0.text); it was left unchanged") } ?? error
        }
        let closed = close(temporary.fd) == 0
        if let problem {
            throw failure(zh: "无法写入 \(path)：\(problem)，文件未改动", en: "cannot write \(path): \(problem); it was left unchanged")
        }
        guard closed else {
            throw failure(zh: "无法写入 \(path)：\(errorText())，文件未改动", en: "cannot write \(path): \(errorText()); it was left unchanged")
        }
        beforeCommit()
        switch expecting {
        case .absent:
            guard link(temporary.path, target) == 0 else {
                if errno == EEXIST {
                    throw failure(zh: "\(path) 在写入期间被创建，未改动", en: "\(path) appeared while it was being written; it was left unchanged")
                }
                throw failure(zh: "无法创建 \(path)：\(errorText())", en: "cannot create \(path): \(errorText())")
            }
            unlink(temporary.path)
        case .unchanged(let original):
            guard holds(target, original) else { throw changed(path) }
            fallthrough
        case .any:
            guard rename(temporary.path, target) == 0 else {
                throw failure(zh: "无法替换 \(path)：\(errorText())，文件未改动", en: "cannot replace \(path): \(errorText()); it was left unchanged")
            }
        }
        finished = true
        syncFolder(folder)
    }

    /// Removes the temporary files that an interrupted tongban left in `folder`: regular files
    /// (never links) named `.NAME.tongban-XXXXXX` (or the older `.NAME.tongban-import-PID`) last
    /// changed more than `age` seconds ago, so a run still writing keeps its own.
    /// - Returns: the names removed, sorted.
    @discardableResult
    public static func removeLeftovers(in folder: String, olderThan age: Int = 60) -> [String] {
        let names = (try? SafeFolder(opening: folder).names(includingHidden: true)) ?? []
        var removed: [String] = []
        let now = time(nil)
        for name in names where isLeftoverName(name) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(now - info.st_mtim.tv_sec) > age else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    /// Whether `name` is the name of one of tongban's temporary files.
    public static func isLeftoverName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: temporaryMarker, options: .backwards), marker.lowerBound > name.index(after: name.startIndex) else { return false }
        let tail = name[marker.upperBound...]
        if tail.hasPrefix("import-") {
            let pid = tail.dropFirst("import-".count)
            return !pid.isEmpty && pid.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return tail.count == 6 && tail.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    // MARK: - Steps

    /// The file to write: `path` itself, or the target of the link at `path`, which must then
    /// exist and, like a new file's folder, lie inside `root` when one is given.
    private static func resolve(_ path: String, inside root: String?) throws -> String {
        var info = stat()
        let isLink = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
        let target: String
        if isLink {
            guard let resolved = PathTools.realPath(path) else {
                throw failure(zh: "\(path) 是指向不存在文件的链接，未改动", en: "\(path) is a link to nothing; it was left unchanged")
            }
            target = resolved
        } else {
            let folder = PathTools.parent(path)
            let name = path.split(separator: "/").last.map(String.init) ?? path
            target = (PathTools.realPath(folder) ?? folder) + "/" + name
        }
        if let root {
            let realRoot = PathTools.realPath(root) ?? root
            guard target.hasPrefix(realRoot + "/") else {
                throw failure(zh: "\(path) 指向标准库之外，未改动", en: "\(path) points outside the registry; it was left unchanged")
            }
        }
        return target
    }

    private static func makeTemporary(beside target: String, path: String) throws -> (fd: Int32, path: String) {
        let folder = PathTools.parent(target)
        let name = target.split(separator: "/").last.map(String.init) ?? "file"
        var template = Array("\(folder)/.\(name)\(temporaryMarker)XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else {
            throw failure(zh: "无法在 \(folder) 中写临时文件：\(errorText())，\(path) 未改动",
                          en: "cannot write a temporary file in \(folder): \(errorText()); \(path) was left unchanged")
        }
        let temporary = template.withUnsafeBufferPointer { buffer in
            String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return (fd, temporary)
    }

    /// Whether the regular file at `target` holds exactly `original` (read without following a link).
    private static func holds(_ target: String, _ original: [UInt8]) -> Bool {
        let fd = open(target, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == original.count else { return false }
        guard let current = try? POSIXIO.readAll(fd, limit: original.count) else { return false }
        return current == original
    }

    /// A write to the temporary file that failed, with the system's words.
    private struct WriteProblem: Error {
        let text: String
    }

    /// Writes the content (`produce`), sets owner and mode, and flushes; returns what went
    /// wrong, if anything.
    private static func fill(_ fd: Int32, mode: mode_t, owner: (uid_t, gid_t)?, produce: () throws -> Void) throws -> String? {
        try produce()
        if let (uid, gid) = owner { _ = fchown(fd, uid, gid) }
        guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { return errorText() }
        return nil
    }

    /// Makes the rename itself durable (best effort: not every file system allows it).
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func changed(_ path: String) -> RunFailure {
        failure(zh: "\(path) 在 tongban 运行期间被改动，未写入（请重新运行）",
                en: "\(path) changed while tongban was running; not written (run again)")
    }

    private static func failure(zh: String, en: String) -> RunFailure {
        RunFailure(Message(zh: zh, en: en))
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
