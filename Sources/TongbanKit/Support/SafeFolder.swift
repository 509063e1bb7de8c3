#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output folder that tongban writes into without ever following a symbolic link inside it.
///
/// The folder itself is the one the user named (a link there is the user's choice and is
/// followed once, when it is opened). Below it every step is taken from an open folder with
/// `openat(2)` and `O_NOFOLLOW`: a link planted where a sub-folder or a file should be is
/// reported, never written through, read through or deleted through.
public final class SafeFolder: @unchecked Sendable {
    /// What is at a path below the folder, seen without following links.
    public enum Entry: Sendable, Equatable {
        case missing
        case file
        case folder
        case link
        case other
    }

    /// The path the folder was opened at, for messages.
    public let path: String
    private let fd: Int32

    /// Opens `path`, creating it and its missing parents first.
    /// - Throws: `RunFailure` when it cannot be created or opened as a folder.
    public init(creating path: String) throws {
        self.path = path
        try Self.makeFolders(path)
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw RunFailure(Message(zh: "无法打开目录 \(path)：\(POSIXIO.errorText())", en: "cannot open the folder \(path): \(POSIXIO.errorText())"))
        }
        self.fd = fd
    }

    /// Opens the existing folder `path` for reading.
    /// - Throws: `RunFailure` when it cannot be opened as a folder.
    public init(opening path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw RunFailure(Message(zh: "无法打开目录 \(path)：\(POSIXIO.errorText())", en: "cannot open the folder \(path): \(POSIXIO.errorText())"))
        }
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// The names in the folder itself, without `.` and `..`, and without hidden ones unless
    /// `includingHidden`, in no order.
    public func names(includingHidden: Bool = false) throws -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            throw RunFailure(Message(zh: "无法读取目录 \(path)", en: "cannot read the folder \(path)"))
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = POSIXIO.name(of: entry)
            if name != ".", name != "..", includingHidden || !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }

    /// What is at `relative` (a `/`-separated path below the folder); a link on the way counts
    /// as a link.
    public func entry(_ relative: String) -> Entry {
        let (parts, name) = split(relative)
        let parent: Int32
        switch step(parts, creating: false) {
        case .success(let opened): parent = opened
        case .failure(let failure): return failure.isLink ? .link : .missing
        }
        defer { if parent != fd { close(parent) } }
        var info = stat()
        guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The bytes of the regular file at `relative` (at most `limit + 1`), or nil when there is none.
    /// - Throws: `RunFailure` when something other than a regular file is there.
    public func read(_ relative: String, limit: Int) throws -> [UInt8]? {
        let (parts, name) = split(relative)
        let parent = try openFolder(parts, creating: false)
        defer { if parent != fd { close(parent) } }
        let file = openat(parent, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(relative, zh: "无法读取", en: "cannot read")
        }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw failure(relative, zh: "不是普通文件", en: "is not a regular file")
        }
        return try POSIXIO.readAll(file, limit: limit, sizeHint: Int(info.st_size))
    }

    /// Writes `bytes` to `relative` atomically (a temporary file renamed into place), creating
    /// the folders on the way. Whatever is at `relative` is replaced, a link included (the link
    /// itself, never its target).
    /// - Throws: `RunFailure` when a folder on the way is a link or cannot be made, or the file
    ///   cannot be written; the target is then unchanged.
    public func write(_ relative: String, _ bytes: [UInt8]) throws {
        let (parts, name) = split(relative)
        let parent = try openFolder(parts, creating: true)
        defer { if parent != fd { close(parent) } }
        var temporary = ""
        var file: Int32 = -1
        for _ in 0..<16 {
            temporary = ".\(name)\(AtomicFile.temporaryMarker)\(Self.randomSuffix())"
            file = openat(parent, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if file >= 0 || errno != EEXIST { break }
        }
        guard file >= 0 else { throw failure(relative, zh: "无法写入", en: "cannot write") }
        var problem = POSIXIO.writeAll(file, bytes)
        if problem == nil, fchmod(file, 0o644 & ~Self.umaskValue) != 0 || fsync(file) != 0 { problem = POSIXIO.errorText() }
        close(file)
        guard problem == nil, renameat(parent, temporary, parent, name) == 0 else {
            let reason = problem ?? POSIXIO.errorText()
            unlinkat(parent, temporary, 0)
            throw RunFailure(Message(zh: "无法写入 \(path)/\(relative)：\(reason)", en: "cannot write \(path)/\(relative): \(reason)"))
        }
    }

    /// Removes the regular file at `relative`, then the folders above it that this leaves empty.
    /// Nothing is removed through a link, and a link is not removed.
    /// - Returns: whether the file was removed.
    @discardableResult
    public func remove(_ relative: String) -> Bool {
        let (parts, name) = split(relative)
        guard let parent = try? openFolder(parts, creating: false) else { return false }
        defer { if parent != fd { close(parent) } }
        var info = stat()
        guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG,
              unlinkat(parent, name, 0) == 0 else { return false }
        var folders = parts
        while let last = folders.popLast() {
            guard let above = try? openFolder(folders, creating: false) else { break }
            let removed = unlinkat(above, String(last), AT_REMOVEDIR) == 0
            if above != fd { close(above) }
            if !removed { break }
        }
        return true
    }

    // MARK: - Steps

    private func split(_ relative: String) -> ([Substring], String) {
        var parts = relative.split(separator: "/")
        let name = parts.popLast().map(String.init) ?? ""
        return (parts, name)
    }

    /// Why a folder on the way could not be opened.
    private struct StepFailure: Error {
        var error: RunFailure
        /// A link (or a file) stands where a folder should be.
        var isLink: Bool
    }

    /// Opens the folder `parts` below this one, one step at a time without following a link;
    /// returns this folder's own descriptor for no parts (the caller closes any other).
    private func openFolder(_ parts: [Substring], creating: Bool) throws -> Int32 {
        switch step(parts, creating: creating) {
        case .success(let opened): return opened
        case .failure(let failure): throw failure.error
        }
    }

    private func step(_ parts: [Substring], creating: Bool) -> Result<Int32, StepFailure> {
        var current = fd
        var reached: [String] = []
        for part in parts {
            let name = String(part)
            reached.append(name)
            guard name != ".", name != "..", !name.isEmpty else {
                if current != fd { close(current) }
                return .failure(StepFailure(error: failure(reached.joined(separator: "/"), zh: "不是目录内的路径", en: "is not a path inside the folder"), isLink: false))
            }
            if creating { _ = mkdirat(current, name, 0o755) }
            let next = openat(current, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let code = errno
            if current != fd { close(current) }
            guard next >= 0 else {
                if code == ELOOP || code == ENOTDIR {
                    return .failure(StepFailure(error: failure(reached.joined(separator: "/"), zh: "是符号链接或文件而不是目录，未经它写入或删除", en: "is a symbolic link or a file, not a folder; nothing is written or removed through it"), isLink: true))
                }
                return .failure(StepFailure(error: failure(reached.joined(separator: "/"), zh: "无法打开", en: "cannot be opened"), isLink: false))
            }
            current = next
        }
        return .success(current)
    }

    private func failure(_ relative: String, zh: String, en: String) -> RunFailure {
        RunFailure(Message(zh: "\(path)/\(relative) \(zh)", en: "\(path)/\(relative) \(en)"))
    }

    private static func makeFolders(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw RunFailure(Message(zh: "无法创建目录 \(current)：\(POSIXIO.errorText())", en: "cannot create the folder \(current): \(POSIXIO.errorText())"))
            }
        }
    }

    private static var umaskValue: mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }

    private static func randomSuffix() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<6).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
    }
}
