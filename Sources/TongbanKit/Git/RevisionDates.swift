import Foundation

/// When each standard was last revised: the date of the last commit that touched its file, or
/// the file's modification date when the file is not in git or has changes not yet committed.
/// One `git log --name-only` pass over the registry's history gives every file's date at once
/// (a `git log -1` per matter cost about 60 ms each). Looked up here, at the edge, and passed to
/// the renderers so that their output depends only on their input. Git runs through
/// `GitProcess`, like every other git command of tongban.
public struct RevisionDates: Sendable {
    public let root: String
    private let inGit: Bool
    /// Paths inside the registry whose working copy differs from the last commit, or that git does not track.
    private let uncommitted: Set<String>
    /// The date of the newest commit that touched each path inside the registry.
    private let committed: [String: CalendarDate]

    public init(root: String) {
        self.root = root
        let inside = Self.git(["rev-parse", "--is-inside-work-tree"], in: root)
        inGit = inside?.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
        guard inGit else {
            uncommitted = []
            committed = [:]
            return
        }
        let changed = Self.git(["diff", "--name-only", "--relative", "-z", "HEAD", "--", "."], in: root) ?? ""
        let untracked = Self.git(["ls-files", "--others", "--exclude-standard", "-z", "--", "."], in: root) ?? ""
        uncommitted = Set((changed + untracked).split(separator: "\0").map(String.init))
        let log = Self.git(["log", "--format=%x01%cs", "--name-only", "--relative", "-z", "--", "."], in: root) ?? ""
        committed = Self.newestDates(log)
    }

    /// Each path's newest date in the output of `git log --format=%x01%cs --name-only -z`
    /// (newest commit first): a `\u{1}DATE` header, then the commit's paths, NUL-separated.
    static func newestDates(_ log: String) -> [String: CalendarDate] {
        var dates: [String: CalendarDate] = [:]
        var current: CalendarDate?
        for token in log.split(separator: "\0") {
            var text = Substring(token)
            while text.first == "\n" { text = text.dropFirst() }
            if let header = text.firstIndex(of: "\u{1}") {
                // A header may follow the previous commit's last path in the same token.
                let before = text[..<header]
                if !before.isEmpty, let date = current, dates[String(before)] == nil { dates[String(before)] = date }
                let rest = text[text.index(after: header)...]
                let date = rest.prefix { $0 != "\n" }
                current = CalendarDate(parsing: String(date))
                let path = rest.drop { $0 != "\n" }.drop { $0 == "\n" }
                if !path.isEmpty, let date = current, dates[String(path)] == nil { dates[String(path)] = date }
            } else if !text.isEmpty, let date = current, dates[String(text)] == nil {
                dates[String(text)] = date
            }
        }
        return dates
    }

    /// The revision date of the file at `path` inside the registry.
    public func date(of path: String) -> CalendarDate? {
        if inGit, !uncommitted.contains(path), let date = committed[path] {
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
