/// The root of the git working tree that holds a folder, found by looking for `.git` upward
/// (a folder, or the file a worktree or submodule has), without starting git.
public enum RepositoryRoot {
    /// The nearest folder at or above `folder` (absolute) that holds `.git`, or nil.
    public static func find(above folder: String) -> String? {
        var current = folder
        while true {
            if PathTools.kind(current + "/.git") != .missing { return current }
            if current == "/" || current.isEmpty { return nil }
            current = PathTools.parent(current)
        }
    }
}
