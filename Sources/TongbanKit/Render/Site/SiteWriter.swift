/// Puts a built site into its output folder, and takes away what an earlier run wrote and this
/// one does not, under three rules:
/// - nothing is written, read or deleted through a symbolic link inside the folder (`SafeFolder`);
/// - a file that tongban did not write (not in `.tongban-site`, or changed since) is never
///   overwritten unless `force` is given, and never deleted;
/// - a file whose content would not change is left as it is, so a rebuild touches only what changed.
public enum SiteWriter {
    /// What a run did.
    public struct Outcome: Sendable, Equatable {
        /// Files written (new or changed).
        public var written: Int = 0
        /// Files already holding what this run would write.
        public var unchanged: Int = 0
        /// Stale files removed, sorted.
        public var removed: [String] = []
        /// Stale files left in place because they are not provably tongban's, sorted.
        public var kept: [String] = []
    }

    /// The most conflicting paths named in the refusal.
    static let namedConflicts = 10

    /// Writes `files` into `output` (created if missing) and updates `.tongban-site`.
    /// - Throws: `RunFailure` naming the files that are in the way (nothing is written then),
    ///   or the file that could not be written.
    public static func write(_ files: [SiteFile], to output: String, force: Bool = false) throws -> Outcome {
        let folder = try SafeFolder(creating: output)
        let previous = try readManifest(folder)
        let current = SiteManifest(files)
        // The files to write, not their bytes: holding a second copy of every page until the
        // conflict check is done doubled the peak memory of a national site.
        var plan: [SiteFile] = []
        var conflicts: [String] = []
        var outcome = Outcome()
        for file in files {
            let bytes = Array(file.contents.utf8)
            switch folder.entry(file.path) {
            case .missing:
                plan.append(file)
            case .file:
                let existing = try folder.read(file.path, limit: Int.max - 1) ?? []
                if existing == bytes, previous.wrote(file.path, existing) || force {
                    outcome.unchanged += 1
                } else if previous.wrote(file.path, existing) || force {
                    plan.append(file)
                } else {
                    conflicts.append(file.path)
                }
            case .link, .folder, .other:
                conflicts.append(file.path)
            }
        }
        if !conflicts.isEmpty { throw refusal(conflicts, in: output, force: force) }
        for file in plan {
            try folder.write(file.path, Array(file.contents.utf8))
            outcome.written += 1
        }
        for path in current.stale(since: previous) {
            guard folder.entry(path) == .file, let bytes = try? folder.read(path, limit: Int.max - 1),
                  previous.isProvenOwn(path, bytes), folder.remove(path) else {
                if folder.entry(path) != .missing { outcome.kept.append(path) }
                continue
            }
            outcome.removed.append(path)
        }
        try folder.write(SiteManifest.fileName, Array(current.text.utf8))
        return outcome
    }

    private static func readManifest(_ folder: SafeFolder) throws -> SiteManifest {
        switch folder.entry(SiteManifest.fileName) {
        case .missing: return SiteManifest(paths: [])
        case .file:
            let bytes = try folder.read(SiteManifest.fileName, limit: 64 << 20) ?? []
            return SiteManifest.parse(String(decoding: bytes, as: UTF8.self))
        case .link, .folder, .other:
            throw RunFailure(Message(
                zh: "\(folder.path)/\(SiteManifest.fileName) 不是普通文件（可能是符号链接），未写入任何文件",
                en: "\(folder.path)/\(SiteManifest.fileName) is not a regular file (perhaps a symbolic link); nothing was written"))
        }
    }

    private static func refusal(_ conflicts: [String], in output: String, force: Bool) -> RunFailure {
        let named = conflicts.prefix(namedConflicts).map { VisibleText.escape(output + "/" + $0) }.joined(separator: ", ")
        let more = conflicts.count > namedConflicts ? conflicts.count - namedConflicts : 0
        if force {
            return RunFailure(Message(
                zh: "以下路径是符号链接或目录，即使有 --force 也不经它写入：\(named)\(more > 0 ? " 等另 \(more) 个" : "")；未写入任何文件",
                en: "these paths are symbolic links or folders, which are never written through, even with --force: \(named)\(more > 0 ? " and \(more) more" : ""); nothing was written"))
        }
        return RunFailure(Message(
            zh: "以下文件不是 tongban 写入的（或写入后被改动），未覆盖：\(named)\(more > 0 ? " 等另 \(more) 个" : "")；未写入任何文件。确认可以覆盖时用 --force",
            en: "these files were not written by tongban (or were changed since), so they are not overwritten: \(named)\(more > 0 ? " and \(more) more" : ""); nothing was written. Use --force to overwrite them"))
    }
}

// MARK: - Wording

extension SiteWriter.Outcome {
    /// The closing line: how many of the site's `files` this run wrote, how many were already
    /// up to date (left as they were), and what was removed.
    public func summary(files: Int, output: String) -> Message {
        let shown = VisibleText.escape(output)
        let removal = removed.isEmpty ? (zh: "", en: "") : (zh: "，删除了 \(removed.count) 个过时文件", en: ", removed \(removed.count) stale")
        let done: (zh: String, en: String)
        if unchanged == 0 {
            done = (zh: "已写入 \(written) 个文件到 \(shown)", en: "wrote \(written) files to \(shown)")
        } else if written == 0 {
            done = (zh: "\(shown) 中的 \(unchanged) 个文件均已是最新，未写入任何文件", en: "all \(unchanged) files in \(shown) already up to date, none written")
        } else {
            done = (zh: "已写入 \(written) 个文件到 \(shown)（其余 \(unchanged) 个已是最新，未重写）", en: "wrote \(written) of \(files) files to \(shown) (\(unchanged) already up to date)")
        }
        return Message(
            zh: "\(done.zh)\(removal.zh)，用浏览器打开 \(shown)/index.html",
            en: "\(done.en)\(removal.en); open \(shown)/index.html in a browser")
    }

    /// Why a stale file in `output` was left where it is.
    public static func kept(_ path: String, in output: String) -> Message {
        let shown = output + "/" + path
        return Message(
            zh: "未删除 \(shown)：不再生成，但它不是 tongban 写入的原样文件",
            en: "kept \(shown): no longer generated, but not a file exactly as tongban wrote it")
    }

    /// The warning that the site was built from a registry with errors; `regionOnly`: a
    /// region's site, which read the registry without the other regions' folders.
    public static func registryErrors(_ count: Int, regionOnly: Bool = false) -> Message {
        if regionOnly {
            return Message(
                zh: "警告：本地区站点所读的标准库文件有 \(count) 个错误，目录可能不完整（运行 tongban lint 查看）",
                en: "warning: the registry files this region's site reads have \(count) error(s); the catalogue may be incomplete (run 'tongban lint')")
        }
        return Message(
            zh: "警告：标准库有 \(count) 个错误，目录可能不完整（运行 tongban lint 查看）",
            en: "warning: the registry has \(count) error(s); the catalogue may be incomplete (run 'tongban lint')")
    }
}
