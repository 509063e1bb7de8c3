import Foundation
import YAMLSource

/// A registry source that can list the files a diff compares, each with its git blob id, so
/// files that did not change are recognised without being parsed.
public protocol SnapshotSource: RegistrySource {
    /// The regular files directly inside `folders` and the named `files` (paths relative to the
    /// registry root), with their blob ids.
    func snapshot(folders: [String], files: [String]) throws -> Snapshot

    /// Reads `files` (as `snapshot` listed them), each at most `limit + 1` bytes, and hands each
    /// one to `body` with its index as soon as it is read — in order, on the calling thread.
    /// A source that can stream many files at once does so here.
    func stream(_ files: [SnapshotFile], limit: Int, _ body: (Int, Result<[UInt8], any Error>) -> Void)
}

extension SnapshotSource {
    public func stream(_ files: [SnapshotFile], limit: Int, _ body: (Int, Result<[UInt8], any Error>) -> Void) {
        let contents = files.parallelMap { file in Result { try read(file.path, limit: limit) } }
        for (index, content) in contents.enumerated() { body(index, content) }
    }
}

/// A file of a snapshot and the git blob id of its content (nil when it cannot be read).
public struct SnapshotFile: Sendable, Hashable {
    public var path: String
    public var blob: ObjectID?

    public init(path: String, blob: ObjectID?) {
        self.path = path
        self.blob = blob
    }
}

/// A file in one folder of a snapshot.
public struct SnapshotEntry: Sendable, Hashable {
    public var name: String
    public var blob: ObjectID?

    public init(name: String, blob: ObjectID?) {
        self.name = name
        self.blob = blob
    }
}

/// The files a diff compares on one side, folder by folder (`""` is the registry's top folder):
/// each folder's files sorted by name (for the names git stores, NFC or ASCII, the order git sorts
/// a tree in, so a tree's listing is taken as it comes). Two sides are compared
/// by walking their sorted folders side by side, so files that did not change cost one
/// comparison each and nothing is hashed.
public struct Snapshot: Sendable, Hashable {
    private var folders: [String: [SnapshotEntry]] = [:]

    public init() {}

    /// Sets a folder's files (sorting them when they are not yet in order).
    public mutating func set(_ folder: String, _ entries: [SnapshotEntry]) {
        let sorted = zip(entries, entries.dropFirst()).allSatisfy { Self.precedes($0.name, $1.name) }
        folders[folder] = sorted ? entries : entries.sorted { Self.precedes($0.name, $1.name) }
    }

    /// The files directly in `folder`, sorted by name.
    public func entries(in folder: String) -> [SnapshotEntry] {
        folders[folder] ?? []
    }

    /// Every file, as paths relative to the registry.
    public var files: [SnapshotFile] {
        folders.keys.sorted().flatMap { folder in
            entries(in: folder).map { SnapshotFile(path: Self.path(folder, $0.name), blob: $0.blob) }
        }
    }

    /// The file at `path`, found by binary search in its folder.
    public func entry(at path: String) -> SnapshotEntry? {
        let (folder, name) = Self.split(path)
        let entries = entries(in: folder)
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(entries[middle].name, name) { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].name == name ? entries[low] : nil
    }

    /// Walks the files of `folder` on both sides in order, handing `body` each name with its
    /// entry on each side (nil where the side does not have it).
    static func merge(_ folder: String, _ old: Snapshot, _ new: Snapshot, _ body: (String, SnapshotEntry?, SnapshotEntry?) -> Void) {
        let a = old.entries(in: folder), b = new.entries(in: folder)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && precedes(a[i].name, b[j].name)) {
                body(a[i].name, a[i], nil)
                i += 1
            } else if i == a.count || precedes(b[j].name, a[i].name) {
                body(b[j].name, nil, b[j])
                j += 1
            } else {
                body(a[i].name, a[i], b[j])
                i += 1
                j += 1
            }
        }
    }

    /// The folders either snapshot has.
    static func folders(_ old: Snapshot, _ new: Snapshot) -> [String] {
        Set(old.folders.keys).union(new.folders.keys).sorted()
    }

    /// The order names are kept in: Swift's, which for NFC text is byte order, git's order for
    /// the files of one tree. Whatever the names, lookups and merges use this one order.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a < b
    }

    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    static func path(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }
}

extension DirectorySource: SnapshotSource {
    /// Reads the files and computes their blob ids in Swift (SHA-1 of `blob <size>\0` + content),
    /// in parallel: cheaper than asking git's index, and the same for folders outside any repository.
    public func snapshot(folders: [String], files: [String]) throws -> Snapshot {
        var paths: [String] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
            paths += names.filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }
        }
        paths += files
        let regular = paths.filter { path in
            let full = root + "/" + path
            guard PathTools.kind(full) == .file, let real = PathTools.realPath(full) else { return false }
            return real.hasPrefix(realRoot + "/")
        }
        let listed = regular.parallelMap { path in
            let bytes = try? read(path, limit: YAMLReader.maxFileSize)
            return SnapshotFile(path: path, blob: bytes.map(ObjectID.blob(of:)))
        }
        var byFolder: [String: [SnapshotEntry]] = [:]
        for file in listed {
            let (folder, name) = Snapshot.split(file.path)
            byFolder[folder, default: []].append(SnapshotEntry(name: name, blob: file.blob))
        }
        var snapshot = Snapshot()
        for (folder, entries) in byFolder { snapshot.set(folder, entries) }
        return snapshot
    }
}
