#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A registry folder on disk, and the one reader of its files: every read of registry content
/// (decoding, formatting, the text excerpt of a finding) goes through `read`, which applies
/// the file policy. Symbolic links are followed only when they stay inside the registry;
/// linked directories are never followed, so no loop and nothing outside is read; only
/// regular files are opened, and never more than the limit asked for.
public struct DirectorySource: RegistrySource {
    /// The registry root, as an absolute path without a trailing `/`.
    public let root: String
    /// The root with every link resolved, against which link targets are checked.
    let realRoot: String

    public init(root: String) {
        var path = root
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.root = path
        self.realRoot = PathTools.realPath(path) ?? path
    }

    public func entries() throws -> [SourceEntry] {
        var result: [SourceEntry] = []
        try walk(relative: "", into: &result, realRoot: realRoot)
        return result
    }

    private func walk(relative: String, into result: inout [SourceEntry], realRoot: String) throws {
        let dirPath = relative.isEmpty ? root : root + "/" + relative
        guard let dir = opendir(dirPath) else {
            if relative.isEmpty {
                throw RunFailure(Message(zh: "无法读取目录 \(dirPath)：\(Self.errorText())", en: "cannot read folder \(dirPath): \(Self.errorText())"))
            }
            result.append(SourceEntry(path: relative, kind: .special))
            return
        }
        defer { closedir(dir) }
        var children: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = POSIXIO.name(of: entry)
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) { type = Self.lstatType(dirPath + "/" + name) }
            children.append((name, type))
        }
        // Sorted as whole paths sort (a folder's name as if it ended in `/`), so the walk lists
        // the registry in path order and the loader's sort only has to confirm it.
        children.sort { Self.pathPrecedes($0, $1) }
        for (name, type) in children {
            let path = relative.isEmpty ? name : relative + "/" + name
            try visit(path: path, type: type, into: &result, realRoot: realRoot)
        }
    }

    /// Whether sibling `a` comes before sibling `b` in path order: a folder's entries follow its
    /// name and `/`, so `a` (a folder) sorts after `a.x` (`.` is below `/`) but before `a0`.
    static func pathPrecedes(_ a: (name: String, type: UInt8), _ b: (name: String, type: UInt8)) -> Bool {
        let aFolder = a.type == UInt8(DT_DIR), bFolder = b.type == UInt8(DT_DIR)
        guard aFolder || bFolder else { return a.name < b.name }
        return (aFolder ? a.name + "/" : a.name) < (bFolder ? b.name + "/" : b.name)
    }

    private func visit(path: String, type: UInt8, into result: inout [SourceEntry], realRoot: String) throws {
        let full = root + "/" + path
        var kind = type
        if kind == UInt8(DT_UNKNOWN) { kind = Self.lstatType(full) }
        switch kind {
        case UInt8(DT_DIR):
            if Self.looksLikeYAML(path) { result.append(SourceEntry(path: path, kind: .directory)) }
            try walk(relative: path, into: &result, realRoot: realRoot)
        case UInt8(DT_REG):
            result.append(SourceEntry(path: path, kind: .file))
        case UInt8(DT_LNK):
            guard let target = PathTools.realPath(full) else {
                result.append(SourceEntry(path: path, kind: .linkOutside))
                return
            }
            let targetType = Self.statType(target)
            let inside = target.hasPrefix(realRoot + "/")
            if targetType == UInt8(DT_DIR) {
                result.append(SourceEntry(path: path, kind: .linkedDirectory))
            } else if !inside {
                result.append(SourceEntry(path: path, kind: .linkOutside))
            } else if targetType == UInt8(DT_REG) {
                result.append(SourceEntry(path: path, kind: .file))
            } else {
                result.append(SourceEntry(path: path, kind: .special))
            }
        default:
            result.append(SourceEntry(path: path, kind: .special))
        }
    }

    /// Reads at most `limit + 1` bytes of the regular file at `path` (relative to the root).
    ///
    /// The path is resolved first and must stay inside the registry (a link that was swapped to
    /// point outside after the listing is refused, not followed); the resolved file is opened
    /// without following a link and without blocking, and must be a regular file.
    /// - Throws: `RunFailure` saying why the file was not read.
    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        let fd = try openInside(path)
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        return try POSIXIO.readAll(fd, limit: limit, sizeHint: size)
    }

    /// Opens the file at `path` for reading under the file policy.
    private func openInside(_ path: String) throws -> Int32 {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw RunFailure(Message(zh: "不是标准库内的路径", en: "not a path inside the registry"))
        }
        guard let resolved = PathTools.realPath(root + "/" + path) else {
            throw RunFailure(Message(zh: "无法读取：\(Self.errorText())", en: "cannot read: \(Self.errorText())"))
        }
        guard resolved.hasPrefix(realRoot + "/") else {
            throw RunFailure(Message(zh: "链接指向标准库之外，未读取", en: "a link that points outside the registry; not read"))
        }
        let fd = open(resolved, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw RunFailure(Message(zh: "无法读取：\(Self.errorText())", en: "cannot read: \(Self.errorText())"))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw RunFailure(Message(zh: "不是普通文件，未读取", en: "not a regular file; not read"))
        }
        return fd
    }

    static func looksLikeYAML(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }


    private static func lstatType(_ path: String) -> UInt8 {
        var info = stat()
        guard lstat(path, &info) == 0 else { return UInt8(DT_UNKNOWN) }
        return typeOf(mode: info.st_mode)
    }

    private static func statType(_ path: String) -> UInt8 {
        var info = stat()
        guard stat(path, &info) == 0 else { return UInt8(DT_UNKNOWN) }
        return typeOf(mode: info.st_mode)
    }

    private static func typeOf(mode: mode_t) -> UInt8 {
        switch mode & S_IFMT {
        case S_IFDIR: UInt8(DT_DIR)
        case S_IFREG: UInt8(DT_REG)
        case S_IFLNK: UInt8(DT_LNK)
        default: UInt8(DT_UNKNOWN)
        }
    }

    static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
