import Foundation
import Testing
@testable import TongbanKit

/// Registries arrive through pull requests and CI logs are read by others. Each test is one
/// attack a hostile contributor (or an editor racing tongban) can make, and what must not happen.
@Suite struct HostileInputTests {
    static let manifest = "schema: 1\nname: 合成测试标准库\njurisdiction: \"370000\"\n"
    static let draft = "name: 合成测试事项\nstatus: 草稿\nsources: [合成来源]\n"
    static let secret = "TONGBAN-SECRET-7f3a9c"

    // MARK: - Links out of the registry

    /// Symlinks to a credentials file and to /proc/self/environ: no byte of either reaches any
    /// output format of any command, nor any file a command writes.
    @Test func symlinkedSecretsReachNoOutput() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write([
            "credentials.txt": "token: \(Self.secret)\n",
            "reg/registry.yaml": Self.manifest,
            "reg/matters/plain.yaml": Self.draft,
        ])
        let registry = tmp.url.appendingPathComponent("reg")
        let links = ["matters/env.yaml": "/proc/self/environ", "matters/token.yaml": tmp.url.appendingPathComponent("credentials.txt").path,
                     "lists/token.yaml": tmp.url.appendingPathComponent("credentials.txt").path]
        for (path, target) in links {
            let link = registry.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
        }
        let environment = ["TONGBAN_CI_TOKEN": Self.secret]
        var runs: [[String]] = ["text", "json", "github", "sarif", "junit"].map { ["lint", "reg", "--format", $0] }
        runs += [["fmt", "reg"], ["fmt", "--check", "reg"], ["fmt", "--diff", "reg"], ["export", "reg"],
                 ["report", "--registry", "reg"], ["site", "-o", "site", "--registry", "reg"],
                 ["checklist", "env", "--registry", "reg"], ["diff", "reg", "reg"]]
        for arguments in runs {
            let result = try CLI.run(arguments, in: tmp.url, environment: environment)
            #expect(!(result.stdout + result.stderr).contains(Self.secret), "\(arguments)")
            #expect(result.status != 0 || arguments[0] != "lint", "\(arguments): the links are findings")
        }
        let site = tmp.url.appendingPathComponent("site")
        for path in (FileManager.default.enumerator(atPath: site.path)?.allObjects as? [String]) ?? [] {
            let contents = FileManager.default.contents(atPath: site.appendingPathComponent(path).path) ?? Data()
            #expect(!String(decoding: contents, as: UTF8.self).contains(Self.secret), "site/\(path)")
        }
        let lint = try CLI.run(["lint", "reg"], in: tmp.url, environment: environment)
        #expect(lint.stdout.contains("reg/matters/env.yaml:1:1: error:"))
        #expect(lint.stdout.contains("[file-access]"))
    }

    /// A link swapped to point outside after the listing is refused by the reader itself.
    @Test func readerRefusesALinkOutEvenWhenAskedByPath() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write(["outside.yaml": "name: \(Self.secret)\n", "reg/registry.yaml": Self.manifest])
        try FileManager.default.createSymbolicLink(atPath: tmp.url.appendingPathComponent("reg/inside.yaml").path,
                                                   withDestinationPath: tmp.url.appendingPathComponent("outside.yaml").path)
        let source = DirectorySource(root: tmp.url.appendingPathComponent("reg").path)
        #expect(throws: RunFailure.self) { try source.read("inside.yaml", limit: 1 << 20) }
        #expect(throws: RunFailure.self) { try source.read("../outside.yaml", limit: 1 << 20) }
        #expect(try source.read("registry.yaml", limit: 1 << 20) == Array(Self.manifest.utf8))
    }

    /// An over-limit file is not read whole to quote its first line.
    @Test func overLimitFileIsNotReadForTheExcerpt() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write(["registry.yaml": Self.manifest])
        let path = tmp.url.appendingPathComponent("matters/huge.yaml").path
        try FileManager.default.createDirectory(atPath: tmp.url.appendingPathComponent("matters").path, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data("name: 巨大\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seek(toOffset: 64 << 20)
        try handle.write(contentsOf: Data("\(Self.secret)\n".utf8))
        try handle.close()
        let result = try CLI.run(["lint", "--format", "text"], in: tmp.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("matters/huge.yaml:1:1: error:"))
        #expect(result.stdout.contains("[limits]"))
        #expect(!result.stdout.contains(Self.secret))
    }

    // MARK: - Terminal and pull-request comments

    /// Escape sequences and line breaks in keys and values reach no output raw.
    @Test func controlCharactersInKeysAreEscapedInEveryFormat() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write([
            "registry.yaml": Self.manifest,
            "matters/a.yaml": "name: 合成测试\nstatus: 草稿\n\"\\e[2J\\e]0;owned\\a\": 1\n\"line\\nbreak\": 2\nsources: [\"x\\u202Ey\"]\n",
        ])
        for format in ["text", "json", "github", "sarif", "junit"] {
            let result = try CLI.run(["lint", "--format", format, "--lang", "en"], in: tmp.url)
            #expect(result.status == 1, "\(format)")
            let bad = result.stdout.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
            #expect(bad.isEmpty, "\(format): \(bad.map { String($0.value, radix: 16) })")
        }
        let text = try CLI.run(["lint", "--lang", "en"], in: tmp.url)
        #expect(text.stdout.contains("\\u{1B}[2J\\u{1B}]0;owned\\u{7}"))
        #expect(text.stdout.contains("line\\u{A}break"))
        // Every finding stays on its one `path:line:col:` line.
        let headers = text.stdout.split(separator: "\n").filter { $0.hasPrefix("matters/a.yaml:") }
        #expect(headers.count == 4, "\(text.stdout)")
    }

    /// A path with a line break and names with mentions and HTML cannot inject anything into the
    /// diff posted as a pull-request comment, as a real Markdown renderer shows.
    @Test(.enabled(if: Python.has("markdown_it") || Python.required, "needs markdown-it-py (pip install markdown-it-py)"))
    func markdownDiffCannotInjectIntoAComment() throws {
        let repo = try TemporaryDirectory()
        try repo.git("init", "-q")
        try repo.write([
            "standards/registry.yaml": Self.manifest,
            "standards/lists/kuasheng.yaml": DiffCommandTests.list([("plain", "2020")]),
            "standards/matters/plain.yaml": DiffCommandTests.matter("合成测试事项"),
        ])
        try repo.commit(tag: "v1")
        let hostile = "@octocat @org/team <img src=x onerror=alert(1)> **粗** [链接](http://x.invalid)\n# 注入标题"
        try repo.write([
            "standards/lists/kuasheng.yaml": DiffCommandTests.list([("plain", "2020"), ("evil", "2021")]),
            "standards/matters/evil.yaml": DiffCommandTests.matter("\"\(hostile.replacingOccurrences(of: "\n", with: "\\n"))\""),
            "standards/matters/bad\n# Injected <img src=y> @someone.yaml": "name: [\n",
        ])
        try repo.commit(tag: "v2")
        let result = try CLI.run(["diff", "v1", "v2", "--format", "markdown", "--lang", "en"], in: repo.url)
        #expect(result.stdout.contains("evil"), "\(result.stderr)")
        let html = try Python.renderMarkdown(result.stdout)
        #expect(!html.contains("<img"), "\(html)")
        #expect(!html.contains("<a "), "\(html)")
        #expect(!html.contains("<strong>粗"), "\(html)")
        let headings = html.components(separatedBy: "<h").count - 1
        #expect(headings == 1, "only the title is a heading: \(html)")
        // GitHub links mentions in text, never inside code.
        let text = html.replacingOccurrences(of: "<code>[^<]*</code>", with: "", options: .regularExpression)
        for mention in ["@octocat", "@org"] {
            #expect(!text.contains(mention), "\(mention) would notify: \(html)")
        }
        #expect(html.contains("<code>standards/matters/bad\\u{A}# Injected &lt;img src=y&gt; @someone.yaml:2:1</code>"), "\(html)")
    }

    // MARK: - Look-alike text

    /// A name that differs from another only by a zero-width space is a finding, and so is NUL.
    @Test func invisibleCharactersAndLookAlikeNamesAreFindings() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write([
            "registry.yaml": Self.manifest,
            "matters/a.yaml": Self.draft,
            "matters/b.yaml": "name: \"合成测试\\u200B事项\"\nstatus: 草稿\nsources: [\"来源\\0\"]\n",
        ])
        let result = try CLI.run(["lint", "--format", "json", "--lang", "en"], in: tmp.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let found = (object["diagnostics"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "confusable-text" }
        #expect(found.map { "\($0["file"] ?? ""):\($0["line"] ?? 0):\($0["column"] ?? 0)" } == ["matters/b.yaml:1:7", "matters/b.yaml:1:7", "matters/b.yaml:3:11"])
        #expect(found.contains { ($0["message"] as? String ?? "").contains("matter a") })
    }

    // MARK: - Racing editors

    /// An editor's save that lands after fmt read the file but before it replaces it is kept,
    /// and fmt refuses that file (the check runs after the new content is flushed).
    @Test func editDuringTheWriteIsNeverOverwritten() throws {
        let tmp = try TemporaryDirectory()
        let path = tmp.url.appendingPathComponent("a.yaml").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: RunFailure.self) {
            try AtomicFile.write(Array("formatted\n".utf8), to: path, inside: nil, expecting: .unchanged(Array("old\n".utf8))) {
                try? Data("edit\n".utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            }
        }
        #expect(FileManager.default.contents(atPath: path) == Data("edit\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["a.yaml"], "no temporary file is left")
        // A file that appears while a new one is written is not replaced either.
        let fresh = tmp.url.appendingPathComponent("b.yaml").path
        #expect(throws: RunFailure.self) {
            try AtomicFile.write(Array("import\n".utf8), to: fresh, inside: nil, expecting: .absent) {
                _ = FileManager.default.createFile(atPath: fresh, contents: Data("mine\n".utf8))
            }
        }
        #expect(FileManager.default.contents(atPath: fresh) == Data("mine\n".utf8))
    }

    /// Edits saved (by rename, as editors do) while fmt runs again and again: every file ends
    /// with its last edit, formatted or not.
    @Test func fmtLosesNoEditUnderARace() throws {
        let tmp = try TemporaryDirectory()
        var files = ["registry.yaml": Self.manifest]
        for i in 0..<200 { files["matters/m\(i).yaml"] = "# edit 0\nname: 合成(\(i))\nstatus: 草稿\nsources: [合成来源]\n" }
        try tmp.write(files)
        let edits = 60
        let folder = tmp.url
        let editor = Thread {
            for edit in 1...edits {
                let index = edit % 20
                let url = folder.appendingPathComponent("matters/m\(index).yaml")
                try? Data("# edit \(edit)\nname: 合成(\(index))\nstatus: 草稿\nsources: [合成来源]\n".utf8).write(to: url, options: .atomic)
                usleep(3_000)
            }
        }
        editor.start()
        var runs = 0
        while editor.isExecuting || runs == 0 {
            let result = try CLI.run(["fmt"], in: tmp.url)
            #expect(result.status == 0 || result.status == 2, "\(result.stderr)")
            if result.status == 2 { #expect(result.stderr.contains("changed while tongban was running")) }
            runs += 1
        }
        while !editor.isFinished { usleep(1_000) }
        for index in 0..<20 {
            let last = (1...edits).last { $0 % 20 == index } ?? 0
            let text = String(decoding: FileManager.default.contents(atPath: tmp.url.appendingPathComponent("matters/m\(index).yaml").path) ?? Data(), as: UTF8.self)
            #expect(text.hasPrefix("# edit \(last)\n"), "m\(index).yaml lost edit \(last): \(text)")
        }
    }

    /// fmt and import write through a link to a file inside the registry (the link stays), and
    /// refuse one whose target is outside.
    @Test func linkedFilesAreWrittenThroughOnlyInsideTheRegistry() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write([
            "reg/registry.yaml": Self.manifest,
            "reg/shared/kuasheng.yaml": "name: 合成清单\nscope: 全国\nbasis: [x]\nbatches:\n  - id: \"2020\"\nentries: []\n",
            "reg/matters/real.yaml": "name: 合成(一)\nstatus: 草稿\nsources: [x]\n",
            "outside.yaml": "name: 外部(一)\nstatus: 草稿\nsources: [x]\n",
            "rows.csv": ImportCommandTests.header + ",合成导入事项,合成部门,no,kuasheng,2020,,合成来源\n",
        ])
        let reg = tmp.url.appendingPathComponent("reg")
        try FileManager.default.createDirectory(at: reg.appendingPathComponent("lists"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: reg.appendingPathComponent("lists/kuasheng.yaml").path, withDestinationPath: "../shared/kuasheng.yaml")
        try FileManager.default.createSymbolicLink(atPath: reg.appendingPathComponent("matters/alias.yaml").path, withDestinationPath: "real.yaml")

        let imported = try CLI.run(["import", "rows.csv", "--list", "kuasheng", "--batch", "2020", "--registry", "reg"], in: tmp.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: reg.appendingPathComponent("lists/kuasheng.yaml").path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        let shared = try String(contentsOf: reg.appendingPathComponent("shared/kuasheng.yaml"), encoding: .utf8)
        #expect(shared.contains("- matter: "))

        #expect(try CLI.run(["fmt", "reg/matters/alias.yaml"], in: tmp.url).status == 0)
        #expect(try String(contentsOf: reg.appendingPathComponent("matters/real.yaml"), encoding: .utf8).contains("合成（一）"))
        #expect((try FileManager.default.attributesOfItem(atPath: reg.appendingPathComponent("matters/alias.yaml").path))[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(throws: RunFailure.self) {
            try AtomicFile.write(Array("x\n".utf8), to: tmp.url.appendingPathComponent("link-out.yaml").path, inside: reg.path)
        }
    }

    /// An edit made to the list file after import planned its change is kept: import stops.
    @Test func importKeepsAnEditToTheListMadeWhileItRuns() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write(ImportCommandTests.registry)
        let csv = ImportCommandTests.header + ",合成导入事项,合成部门,no,kuasheng,2020,2020-12-31,合成来源\n"
        let source = DirectorySource(root: tmp.url.path)
        let plan = try ListImporter.plan(ListImporter.Request(csv: Array(csv.utf8), csvName: "rows.csv", listID: "kuasheng", batchID: "2020"), source: source)
        let list = tmp.url.appendingPathComponent("lists/kuasheng.yaml")
        let edited = (try String(contentsOf: list, encoding: .utf8)) + "# 编辑者的修改\n"
        try Data(edited.utf8).write(to: list, options: .atomic)
        #expect(throws: RunFailure.self) { try ImportWriter.apply(plan, root: tmp.url.path) }
        #expect(try String(contentsOf: list, encoding: .utf8) == edited)
        #expect(!FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent(plan.newMatters[0].path).path), "the new matter was taken back")
    }

    // MARK: - Leftovers and repeats

    /// Temporary files a killed fmt or import left behind are removed by the next run; a fresh
    /// one (a run still writing) is not.
    @Test func leftoversOfAKilledRunAreRemoved() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write(ImportCommandTests.registry)
        let old = [".hukou-qianyi.yaml.tongban-a1B2c3", ".kuasheng.yaml.tongban-import-4242"]
        try tmp.write(["matters/\(old[0])": "partial", "lists/\(old[1])": "partial", "matters/.x.yaml.tongban-zz9999": "fresh"])
        for (folder, name) in [("matters", old[0]), ("lists", old[1])] {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: tmp.url.appendingPathComponent("\(folder)/\(name)").path)
        }
        let fmt = try CLI.run(["fmt"], in: tmp.url)
        #expect(fmt.status == 0, "\(fmt.stderr)")
        #expect(fmt.stderr.contains("matters/\(old[0])"))
        #expect(!FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("matters/\(old[0])").path))
        #expect(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("matters/.x.yaml.tongban-zz9999").path))
        try tmp.write(["rows.csv": ImportCommandTests.header + ",合成导入事项,合成部门,no,kuasheng,2020,2020-12-31,合成来源\n"])
        #expect(try CLI.run(["import", "rows.csv", "--list", "kuasheng", "--batch", "2020"], in: tmp.url).status == 0)
        #expect(!FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("lists/\(old[1])").path))
    }

    /// A row whose matter file lint would refuse (a 2 MB field) is refused before anything is
    /// written, and a run after a partial one (matter placed, list not yet written) converges.
    @Test func importRefusesWhatLintRefusesAndConvergesAfterAPartialRun() throws {
        let tmp = try TemporaryDirectory()
        try tmp.write(ImportCommandTests.registry)
        let huge = String(repeating: "长", count: 1 << 20)
        try tmp.write(["big.csv": ImportCommandTests.header + ",合成巨大事项,合成部门,no,kuasheng,2020,2020-12-31,\(huge)\n"])
        let refused = try CLI.run(["import", "big.csv", "--list", "kuasheng", "--batch", "2020", "--lang", "en"], in: tmp.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("big.csv:2: the matter file made from this row would not pass lint (limits:"), "\(refused.stderr.prefix(400))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.appendingPathComponent("matters").path).sorted()
                == ["hukou-qianyi.yaml", "shi-li-shi-xiang-yi.yaml", "shiye-dengji.yaml", "xueli-gongzheng.yaml"])

        // A partial run: the new matter's file is in place, the list was never written.
        let csv = ImportCommandTests.header + ",合成导入事项,合成部门,no,kuasheng,2020,2020-12-31,合成来源\n"
        try tmp.write(["rows.csv": csv])
        let plan = try ListImporter.plan(ListImporter.Request(csv: Array(csv.utf8), csvName: "rows.csv", listID: "kuasheng", batchID: "2020"), source: DirectorySource(root: tmp.url.path))
        try tmp.write([plan.newMatters[0].path: plan.newMatters[0].text])
        let again = try CLI.run(["import", "rows.csv", "--list", "kuasheng", "--batch", "2020", "--lang", "en"], in: tmp.url)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "added he-cheng-dao-ru-shi-xiang (合成导入事项) to lists/kuasheng.yaml, batch “2020”\n1 list entry added, 0 matter files created, 0 rows already on the list\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: tmp.url.appendingPathComponent("matters").path)
        #expect(!files.contains { $0.hasSuffix("-2.yaml") && !$0.hasPrefix("shi-li") }, "\(files)")
    }

    // MARK: - The site's output folder

    private func siteRegistry(_ tmp: TemporaryDirectory) throws {
        try tmp.write(["reg/registry.yaml": Self.manifest, "reg/matters/a.yaml": Self.draft, "reg/matters/Bad_Name.yaml": Self.draft])
    }

    /// A symlinked sub-folder inside the output folder is never written through.
    @Test func siteNeverWritesThroughALinkedSubFolder() throws {
        let tmp = try TemporaryDirectory()
        try siteRegistry(tmp)
        let elsewhere = tmp.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tmp.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tmp.url.appendingPathComponent("out/matters").path, withDestinationPath: elsewhere.path)
        let result = try CLI.run(["site", "-o", "out", "--registry", "reg", "--force", "--lang", "en"], in: tmp.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("out/matters/a.html"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    /// A file of the user's with a page's name is not overwritten on the first run without
    /// --force, and a page a person edited is not deleted when it is no longer generated.
    @Test func siteNeitherOverwritesNorDeletesWhatItDidNotWrite() throws {
        let tmp = try TemporaryDirectory()
        try siteRegistry(tmp)
        try tmp.write(["out/index.html": "mine\n"])
        let refused = try CLI.run(["site", "-o", "out", "--registry", "reg", "--lang", "en"], in: tmp.url)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("out/index.html"))
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOf: tmp.url.appendingPathComponent("out/index.html"), encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("out/matters/a.html").path), "nothing was written")

        #expect(try CLI.run(["site", "-o", "out", "--registry", "reg", "--force"], in: tmp.url).status == 0)
        let page = tmp.url.appendingPathComponent("out/matters/a.html")
        try Data("edited by hand\n".utf8).write(to: page)
        try FileManager.default.removeItem(at: tmp.url.appendingPathComponent("reg/matters/a.yaml"))
        let later = try CLI.run(["site", "-o", "out", "--registry", "reg", "--lang", "en"], in: tmp.url)
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stderr.contains("kept out/matters/a.html"))
        #expect(try String(contentsOf: page, encoding: .utf8) == "edited by hand\n")
        // The search index links only to pages that exist (Bad_Name has none).
        let index = try String(contentsOf: tmp.url.appendingPathComponent("out/search-index.js"), encoding: .utf8)
        #expect(!index.contains("Bad_Name"))
    }
}

/// Python helpers for the tests that check output with a real third-party renderer.
enum Python {
    /// Whether CI runs this (then a missing module fails the test rather than skipping it).
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func has(_ module: String) -> Bool {
        (try? run(["-c", "import \(module)"], input: "")) != nil
    }

    /// `markdown` rendered to HTML by markdown-it-py with GitHub's tables.
    static func renderMarkdown(_ markdown: String) throws -> String {
        try run(["-c", "import sys; from markdown_it import MarkdownIt; sys.stdout.write(MarkdownIt('commonmark').enable('table').render(sys.stdin.read()))"], input: markdown)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What `python3 arguments…` prints (run in the package root), or a failure.
    static func run(_ arguments: [String], input: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = CLI.packageRoot
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(description: "python3 \(arguments) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }
}
