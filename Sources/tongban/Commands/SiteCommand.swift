import ArgumentParser
import Foundation
import TongbanKit

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the static catalogue: lists, matters, search and printable checklists.",
        discussion: """
            Open DIR/index.html in a browser: no server is needed, and nothing is loaded from \
            elsewhere. Search from the box, or open index.html?q=社保卡. Each matter's page links \
            to a printable checklist per region; each list's page to a booklet per region. \
            DIR/.tongban-site lists the files written; the next run removes those it no longer \
            writes (a matter taken off the registry) and leaves every other file in DIR alone.
            """
    )

    @Option(name: [.short, .customLong("output")], help: "The folder to write the site into (created if missing).")
    var output: String

    @OptionGroup var source: RegistryOption
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        let (location, registry) = try source.load(language)
        let builder = ChecklistBuilder(registry: registry)
        let dates = RevisionDates(root: location.root)
        var revisions: [String: CalendarDate] = [:]
        for matter in registry.matters {
            if let file = builder.matterFile(matter.id), let date = dates.date(of: file) { revisions[matter.id] = date }
        }
        let files = CatalogueSite.build(registry, revisionDates: revisions)
        let manager = FileManager.default
        for file in files {
            let path = output + "/" + file.path
            do {
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure(language == .zh ? "无法创建目录：\(path)" : "cannot create the folder for \(path)")
            }
            try OutputFile.write(file.contents, to: path, language)
        }
        let removed = try removeStale(written: SiteManifest(files), language)
        let errors = registry.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            Output.error(language == .zh
                ? "警告：标准库有 \(errors) 个错误，目录可能不完整（运行 tongban lint 查看）"
                : "warning: the registry has \(errors) error(s); the catalogue may be incomplete (run 'tongban lint')")
        }
        let removal = removed == 0 ? "" : language == .zh ? "，删除了 \(removed) 个过时文件" : ", removed \(removed) stale"
        Output.write(language == .zh
            ? "已写入 \(files.count) 个文件到 \(output)\(removal)，用浏览器打开 \(output)/index.html\n"
            : "wrote \(files.count) files to \(output)\(removal); open \(output)/index.html in a browser\n")
    }

    /// Removes the files the previous run listed in `.tongban-site` that this run did not write
    /// (and folders that leaves empty), then records what this run wrote. Returns how many
    /// files were removed.
    private func removeStale(written: SiteManifest, _ language: Language) throws -> Int {
        let manager = FileManager.default
        let manifestPath = output + "/" + SiteManifest.fileName
        let previous = (try? String(contentsOfFile: manifestPath, encoding: .utf8)).map(SiteManifest.parse) ?? SiteManifest(paths: [])
        var removed = 0
        for path in written.stale(since: previous) {
            let full = output + "/" + path
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            do {
                try manager.removeItem(atPath: full)
                removed += 1
            } catch {
                throw CommandFailure(language == .zh ? "无法删除过时文件 \(full)" : "cannot remove the stale file \(full)")
            }
            removeEmptyFolders(above: path)
        }
        try OutputFile.write(written.text, to: manifestPath, language)
        return removed
    }

    /// Removes the folders of `path` (inside the output folder) that are now empty, deepest first.
    private func removeEmptyFolders(above path: String) {
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            let folder = output + "/" + parts.joined(separator: "/")
            guard (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true else { return }
            try? FileManager.default.removeItem(atPath: folder)
            parts = parts.dropLast()
        }
    }
}
