/// The files of a folder that the working tree has deleted since `HEAD` (`git status`): deleted,
/// or renamed away. Lint reports what still refers to them.
public enum DeletedFiles {
    /// The paths, relative to `folder` (absolute), deleted since `HEAD`; empty when the folder is
    /// in no git repository or git cannot tell (a lint run does not fail for it).
    public static func sinceHEAD(under folder: String) -> [String] {
        guard RepositoryRoot.find(above: folder) != nil,
              let process = try? GitProcess.spawn(["status", "--porcelain=v1", "-z", "--no-renames", "--untracked-files=no", "--", "."], in: folder) else { return [] }
        let (status, output, _) = process.collect()
        guard status == 0 else { return [] }
        return parse(output, prefix: prefix(of: folder))
    }

    /// The deleted paths in `git status --porcelain=v1 -z` output, made relative to the folder
    /// (`prefix`, the folder's path from the repository root, with a trailing `/`, or empty).
    static func parse(_ output: [UInt8], prefix: String) -> [String] {
        var paths: [String] = []
        for record in output.split(separator: 0) where record.count > 3 {
            let x = record[record.startIndex]
            let y = record[record.startIndex + 1]
            guard x == UInt8(ascii: "D") || y == UInt8(ascii: "D") else { continue }
            let path = String(decoding: record.dropFirst(3), as: UTF8.self)
            guard path.hasPrefix(prefix) else { continue }
            paths.append(String(path.dropFirst(prefix.count)))
        }
        return paths.sorted()
    }

    /// The folder's path inside its repository, with a trailing `/` (empty at the root).
    private static func prefix(of folder: String) -> String {
        guard let root = RepositoryRoot.find(above: folder), folder != root, folder.hasPrefix(root + "/") else { return "" }
        return String(folder.dropFirst(root.count + 1)) + "/"
    }
}
