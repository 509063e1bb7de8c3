#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an `ImportPlan` into a registry folder, all or nothing as far as the file system allows.
///
/// Every file is first written in full to a hidden temporary file beside its target (which lint
/// ignores). Then new matter files are linked into place with `link(2)`, which fails rather than
/// replace a file that appeared meanwhile, and the list file is replaced with `rename(2)` last.
/// If any step fails, what was put in place is removed again and the temporary files are deleted.
public enum ImportWriter {
    /// - Throws: `SourceError` when a file cannot be written; the registry is then left as it was.
    public static func apply(_ plan: ImportPlan, root: String) throws {
        guard !plan.changesNothing else { return }
        var temporaries: [String] = []
        var placed: [String] = []
        func rollBack() {
            for path in placed { unlink(path) }
            for path in temporaries { unlink(path) }
        }
        do {
            if !plan.newMatters.isEmpty {
                try makeFolder(root + "/matters")
            }
            var matterFiles: [(temporary: String, target: String)] = []
            for matter in plan.newMatters {
                let target = root + "/" + matter.path
                let temporary = temporaryPath(for: target)
                temporaries.append(temporary)
                try write(Array(matter.text.utf8), to: temporary, mode: 0o644)
                matterFiles.append((temporary, target))
            }
            let listTarget = root + "/" + plan.listPath
            let listTemporary = temporaryPath(for: listTarget)
            temporaries.append(listTemporary)
            try write(plan.listText, to: listTemporary, mode: currentMode(listTarget) ?? 0o644)

            for file in matterFiles {
                guard link(file.temporary, file.target) == 0 else {
                    throw failure(file.target, exists: errno == EEXIST)
                }
                placed.append(file.target)
                unlink(file.temporary)
            }
            guard rename(listTemporary, listTarget) == 0 else { throw failure(listTarget, exists: false) }
        } catch {
            rollBack()
            throw error
        }
    }

    // MARK: - Files

    private static func temporaryPath(for target: String) -> String {
        let slash = target.lastIndex(of: "/").map { target.index(after: $0) } ?? target.startIndex
        return String(target[..<slash]) + "." + String(target[slash...]) + ".tongban-import-\(getpid())"
    }

    private static func write(_ bytes: [UInt8], to path: String, mode: mode_t) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw failure(path, exists: false) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                posixWrite(fd, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, exists: false)
            }
            written += n
        }
        // The mode given to open(2) is masked by the umask; a replaced list keeps its own mode.
        guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw failure(path, exists: false) }
    }

    private static func makeFolder(_ path: String) throws {
        if PathTools.kind(path) == .directory { return }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path, exists: false) }
    }

    private static func currentMode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    private static func failure(_ path: String, exists: Bool) -> SourceError {
        if exists {
            return SourceError(Message(zh: "\(path) 已存在（导入期间被创建），未写入任何文件", en: "\(path) already exists (it appeared during the import); nothing was written"))
        }
        let reason = String(cString: strerror(errno))
        return SourceError(Message(zh: "无法写入 \(path)：\(reason)；未写入任何文件", en: "cannot write \(path): \(reason); nothing was written"))
    }
}

/// The C library's `write(2)`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
