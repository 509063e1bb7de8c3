/// The list of files a `tongban site` run wrote, kept in the output folder as `.tongban-site`,
/// so the next run can remove what it no longer writes (a matter taken off the registry must not
/// leave its page behind for clerks to find) without touching anything else in the folder.
public struct SiteManifest: Sendable, Hashable {
    /// The manifest's file name inside the output folder.
    public static let fileName = ".tongban-site"

    /// Relative paths, one per written file.
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    /// The manifest of the files a run writes.
    public init(_ files: [SiteFile]) {
        paths = files.map(\.path).sorted()
    }

    /// The text of `.tongban-site`: a comment line, then one path per line.
    public var text: String {
        "# files written by tongban site; the next run removes those it no longer writes\n"
            + paths.map { $0 + "\n" }.joined()
    }

    /// Reads a manifest, keeping only paths a run could have written: relative, `/`-separated,
    /// without empty, `.` or `..` parts. Anything else — a hand-edited or damaged line — is
    /// ignored, so a manifest can never name a file outside the output folder.
    public static func parse(_ text: String) -> SiteManifest {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        return SiteManifest(paths: lines.filter(isSafe))
    }

    /// The paths of `previous` that `self` (this run) does not write.
    public func stale(since previous: SiteManifest) -> [String] {
        let current = Set(paths)
        return previous.paths.filter { !current.contains($0) }.sorted()
    }

    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("#"), !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." } && path != fileName
    }
}
