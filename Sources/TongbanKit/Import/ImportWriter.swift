#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an `ImportPlan` into a registry folder, all or nothing as far as the file system allows.
///
/// Each new matter file is created with `AtomicFile` expecting no file there (it fails rather
/// than replace one that appeared meanwhile); the list file is replaced last, and only while it
/// still holds the text the plan was made from, so an edit made to it during the import is
/// never overwritten. If any step fails, the matter files already put in place are removed
/// again. A run that is killed leaves at most one temporary file, which the next run removes,
/// and matter files it already placed are found again by name, so running again converges.
public enum ImportWriter {
    /// - Throws: `RunFailure` when a file cannot be written; the registry is then left as it was.
    public static func apply(_ plan: ImportPlan, root: String) throws {
        guard !plan.changesNothing else { return }
        let listTarget = root + "/" + plan.listPath
        AtomicFile.removeLeftovers(in: PathTools.parent(listTarget))
        var placed: [String] = []
        do {
            if !plan.newMatters.isEmpty {
                try makeFolder(root + "/matters")
                AtomicFile.removeLeftovers(in: root + "/matters")
            }
            for matter in plan.newMatters {
                let target = root + "/" + matter.path
                try AtomicFile.write(Array(matter.text.utf8), to: target, inside: root, expecting: .absent)
                placed.append(target)
            }
            try AtomicFile.write(plan.listText, to: listTarget, inside: root, expecting: .unchanged(plan.listOriginal))
        } catch {
            for path in placed { _ = unlink(path) }
            throw error
        }
    }

    private static func makeFolder(_ path: String) throws {
        if PathTools.kind(path) == .directory { return }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw RunFailure(Message(zh: "无法创建目录 \(path)：\(POSIXIO.errorText())；未写入任何文件", en: "cannot create the folder \(path): \(POSIXIO.errorText()); nothing was written"))
        }
    }
}
