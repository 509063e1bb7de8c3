#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A registry folder on disk. Symbolic links are followed only when they stay inside it;
/// linked directories are never followed, so no loop and nothing outside is read.
public struct DirectorySource: RegistrySource {
    /// The registry root, as an absolute path without a trailing `/`.
    public let root: String

    public init(root: String) {
        var path = root
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.root = path
    }

    public func entries() throws -> [SourceEntry] {
        var result: [SourceEntry] = []
        let realRoot = Self.realPath(root) ?? root
        try walk(relative: "", into: &result, realRoot: realRoot)
        return result
    }

    private func walk(relative: String, into result: inout [SourceEntry], realRoot: String) throws {
        let dirPath = relative.isEmpty ? root : root + "/" + relative
        guard let dir = opendir(dirPath) else {
            if relative.isEmpty {
                throw SourceError(Message(zh: "无法读取目录 \(dirPath)：\(Self.errorText())", en: "cannot read folder \(dirPath): \(Self.errorText())"))
            }
            result.append(SourceEntry(path: relative, kind: .special))
            return
        }
        defer { closedir(dir) }
        var children: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
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
            guard let target = Self.realPath(full) else {
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

    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        let full = root + "/" + path
        let fd = open(full, O_RDONLY)
        guard fd >= 0 else {
            throw SourceError(Message(zh: "无法读取：\(Self.errorText())", en: "cannot read: \(Self.errorText())"))
        }
        defer { close(fd) }
        // Read a file of the size fstat(2) gives straight into an array of that size (plus one
        // byte, to see the end or growth); continue in chunks only if there is more.
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? min(max(Int(info.st_size), 0), limit) : 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let n = posixRead(fd, base + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failed {
            throw SourceError(Message(zh: "无法读取：\(Self.errorText())", en: "cannot read: \(Self.errorText())"))
        }
        guard bytes.count == expected + 1 else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let n = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SourceError(Message(zh: "无法读取：\(Self.errorText())", en: "cannot read: \(Self.errorText())"))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    static func looksLikeYAML(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
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

/// The C library's `read(2)`, named apart from `RegistrySource.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
