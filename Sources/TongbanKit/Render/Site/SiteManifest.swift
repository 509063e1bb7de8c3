/// The list of files a `tongban site` run wrote, kept in the output folder as `.tongban-site`,
/// so the next run can remove what it no longer writes (a matter taken off the registry must not
/// leave its page behind for clerks to find) without touching anything else in the folder.
///
/// Each line is `SHA1  PATH`: the hash of what was written lets a later run tell its own file
/// from one a person put there or edited since, which it then neither overwrites (without
/// `--force`) nor deletes. A line with a path alone (the first form of the manifest) names a
/// file written before hashes were kept: it may be overwritten, but is never deleted.
public struct SiteManifest: Sendable, Hashable {
    /// The manifest's file name inside the output folder.
    public static let fileName = ".tongban-site"

    /// Relative paths, one per written file, sorted.
    public var paths: [String]
    /// The SHA-1 (lowercase hex) of each file's content as written, where known.
    public var hashes: [String: String]

    public init(paths: [String], hashes: [String: String] = [:]) {
        self.paths = paths
        self.hashes = hashes
    }

    /// The manifest of the files a run writes.
    public init(_ files: [SiteFile]) {
        let sorted = files.sorted { $0.path < $1.path }
        paths = sorted.map(\.path)
        hashes = Dictionary(sorted.map { ($0.path, Self.hash(Array($0.contents.utf8))) }, uniquingKeysWith: { a, _ in a })
    }

    /// The text of `.tongban-site`: a comment line, then one `SHA1  PATH` line per file.
    public var text: String {
        "# files written by tongban site (SHA-1 and path); the next run removes those it no longer writes\n"
            + paths.map { path in hashes[path].map { "\($0)  \(path)\n" } ?? path + "\n" }.joined()
    }

    /// Reads a manifest, keeping only paths a run could have written: relative, `/`-separated,
    /// without empty, `.` or `..` parts. Anything else — a hand-edited or damaged line — is
    /// ignored, so a manifest can never name a file outside the output folder.
    public static func parse(_ text: String) -> SiteManifest {
        var paths: [String] = []
        var hashes: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline).map(String.init) {
            var path = line
            var hash: String?
            if line.count > 42, line.dropFirst(40).hasPrefix("  ") {
                let head = String(line.prefix(40))
                if head.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
                    hash = head
                    path = String(line.dropFirst(42))
                }
            }
            guard isSafe(path) else { continue }
            paths.append(path)
            if let hash { hashes[path] = hash }
        }
        return SiteManifest(paths: paths, hashes: hashes)
    }

    /// The paths of `previous` that `self` (this run) does not write.
    public func stale(since previous: SiteManifest) -> [String] {
        let current = Set(paths)
        return previous.paths.filter { !current.contains($0) }.sorted()
    }

    /// Whether `bytes`, found at `path`, are what this manifest says was written there.
    /// A path listed without a hash counts as written (it may be replaced, see `isProvenOwn`).
    public func wrote(_ path: String, _ bytes: [UInt8]) -> Bool {
        guard paths.contains(path) else { return false }
        guard let recorded = hashes[path] else { return true }
        return recorded == Self.hash(bytes)
    }

    /// Whether the manifest proves that `bytes` at `path` are exactly what a run wrote: the
    /// test for deleting a file.
    public func isProvenOwn(_ path: String, _ bytes: [UInt8]) -> Bool {
        hashes[path].map { $0 == Self.hash(bytes) } ?? false
    }

    /// SHA-1 as lowercase hex.
    static func hash(_ bytes: [UInt8]) -> String {
        SHA1.hex(bytes)
    }

    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("#"), !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." } && path != fileName
    }
}
