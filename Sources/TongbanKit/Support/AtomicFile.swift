#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content all at once: a temporary file in the same folder is written,
/// flushed to disk and renamed over the target, so a reader sees the old or the new content,
/// never a part. The file keeps its permission bits (and, where allowed, its owner).
public enum AtomicFile {
    /// Writes `bytes` to `path`.
    ///
    /// A file or folder without write permission is refused up front, even for the superuser,
    /// so that `chmod a-w` protects a file from `fmt`. A symbolic link is written through to
    /// its target. A new file gets mode 0666 less the umask.
    /// - Throws: `SourceError` saying what could not be done; the target is then unchanged.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let target = realPath(path) ?? path
        let folder = PathTools.parent(target)
        var info = stat()
        var mode: mode_t
        var owner: (uid_t, gid_t)?
        if stat(target, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw failure(zh: "\(path) 不是普通文件", en: "\(path) is not a regular file")
            }
            mode = info.st_mode & 0o7777
            owner = (info.st_uid, info.st_gid)
            guard mode & 0o222 != 0 else {
                throw failure(zh: "\(path) 是只读文件，未改动", en: "\(path) is read-only; it was left unchanged")
            }
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else {
            throw failure(zh: "无法访问目录 \(folder)：\(errorText())", en: "cannot access folder \(folder): \(errorText())")
        }
        guard folderInfo.st_mode & 0o222 != 0 else {
            throw failure(zh: "目录 \(folder) 是只读的，\(path) 未改动", en: "folder \(folder) is read-only; \(path) was left unchanged")
        }

        let name = target.split(separator: "/").last.map(String.init) ?? "file"
        var template = Array("\(folder)/.\(name).tongban-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw failure(zh: "无法在 \(folder) 中写临时文件：\(errorText())，\(path) 未改动",
                          en: "cannot write a temporary file in \(folder): \(errorText()); \(path) was left unchanged")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        let problem = fill(fd, with: bytes, mode: mode, owner: owner)
        let closed = close(fd) == 0
        if let problem {
            throw failure(zh: "无法写入 \(path)：\(problem)，文件未改动", en: "cannot write \(path): \(problem); it was left unchanged")
        }
        guard closed else {
            throw failure(zh: "无法写入 \(path)：\(errorText())，文件未改动", en: "cannot write \(path): \(errorText()); it was left unchanged")
        }
        guard rename(temporary, target) == 0 else {
            throw failure(zh: "无法替换 \(path)：\(errorText())，文件未改动", en: "cannot replace \(path): \(errorText()); it was left unchanged")
        }
        finished = true
        syncFolder(folder)
    }

    /// Writes the bytes, sets owner and mode, and flushes; returns what went wrong, if anything.
    private static func fill(_ fd: Int32, with bytes: [UInt8], mode: mode_t, owner: (uid_t, gid_t)?) -> String? {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                posixWrite(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errorText()
            }
            written += n
        }
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

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func failure(zh: String, en: String) -> SourceError {
        SourceError(Message(zh: zh, en: en))
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}

/// The C library's `write(2)`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
