import Foundation
import YAMLSource

/// A registry source that can list the files a diff compares, each with its git blob id, so
/// files that did not change are recognised without being parsed.
public protocol SnapshotSource: RegistrySource {
    /// The regular files directly inside `folders` and the named `files` (paths relative to the
    /// registry root), with their blob ids.
    func snapshot(folders: [String], files: [String]) throws -> [SnapshotFile]

    /// The bytes of `files` (as `snapshot` listed them), each at most `limit + 1` bytes, in order.
    /// A source that can stream many files at once does so here.
    func contents(of files: [SnapshotFile], limit: Int) -> [Result<[UInt8], any Error>]
}

extension SnapshotSource {
    public func contents(of files: [SnapshotFile], limit: Int) -> [Result<[UInt8], any Error>] {
        files.parallelMap { file in Result { try read(file.path, limit: limit) } }
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

extension DirectorySource: SnapshotSource {
    /// Reads the files and computes their blob ids in Swift (SHA-1 of `blob <size>\0` + content),
    /// in parallel: cheaper than asking git's index, and the same for folders outside any repository.
    public func snapshot(folders: [String], files: [String]) throws -> [SnapshotFile] {
        let realRoot = Self.realPath(root) ?? root
        var paths: [String] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
            paths += names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
        paths += files
        let regular = paths.filter { path in
            let full = root + "/" + path
            guard PathTools.kind(full) == .file, let real = Self.realPath(full) else { return false }
            return real.hasPrefix(realRoot + "/")
        }
        return regular.parallelMap { path in
            let bytes = try? read(path, limit: YAMLReader.maxFileSize)
            return SnapshotFile(path: path, blob: bytes.map(ObjectID.blob(of:)))
        }
    }
}
