import Foundation

/// When each standard was last revised: the date of the last commit that touched its file
/// (`git log -1 --format=%cs`), or the file's modification date when the file is not in git
/// or has changes not yet committed. Looked up here, at the edge, and passed to the renderers
/// so that their output depends only on their input. Git runs through `GitProcess`, like every
/// other git command of tongban.
public struct RevisionDates: Sendable {
    public let root: String
    private let inGit: Bool
    /// Paths inside the registry whose working copy differs from the last commit, or that git does not track.
    private let uncommitted: Set<String>

    public init(root: String) {
        self.root = root
        let inside = Self.git(["rev-parse", "--is-inside-work-tree"], in: root)
        inGit = inside?.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
        guard inGit else {
            uncommitted = []
            return
        }
        let changed = Self.git(["diff", "--name-only", "--relative", "-z", "HEAD", "--", "."], in: root) ?? ""
        let untracked = Self.git(["ls-files", "--others", "--exclude-standard", "-z", "--", "."], in: root) ?? ""
        uncommitted = Set((changed + untracked).split(separator: "\0").map(String.init))
    }

    /// The revision date of the file at `path` inside the registry.
    public func date(of path: String) -> CalendarDate? {
        if inGit, !uncommitted.contains(path),
           let out = Self.git(["log", "-1", "--format=%cs", "--", path], in: root),
           let date = CalendarDate(parsing: out.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return date
        }
        return Self.modificationDate(root + "/" + path)
    }

    private static func modificationDate(_ path: String) -> CalendarDate? {
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: modified)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// What `git -C folder arguments…` prints, or nil when git is missing or fails.
    private static func git(_ arguments: [String], in folder: String) -> String? {
        guard let process = try? GitProcess.spawn(arguments, in: folder, pipeErrors: false) else { return nil }
        let result = process.collect()
        guard result.status == 0 else { return nil }
        return String(decoding: result.output, as: UTF8.self)
    }
}
