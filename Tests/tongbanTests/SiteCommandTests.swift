import Foundation
import Testing

@Suite struct SiteCommandTests {
    @Test func writesTheCatalogue() throws {
        let tmp = try TemporaryDirectory()
        _ = try ChecklistFixture.copy(into: tmp)
        let result = try CLI.run(["site", "-o", "out/site", "--registry", "reg"], in: tmp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote 17 files to out/site; open out/site/index.html in a browser\n")
        #expect(result.stderr.isEmpty)
        for path in ["index.html", "search-index.js", "search.js", "regions.js", "region-picker.js", "style.css", "matters/shili-shebaoka.html", "checklists/shili-shebaoka/standard.html", "supervision.html"] {
            #expect(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("out/site/" + path).path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("out/site/checklists/shili-shebaoka/370481.html").path))
        let county = try CLI.run(["site", "-o", "out/county", "--region", "台儿庄区", "--registry", "reg"], in: tmp.url)
        #expect(county.status == 0, "\(county.stderr)")
        #expect(county.stdout == "wrote 13 files to out/county; open out/county/index.html in a browser\n")
        for path in ["matters/shili-shebaoka.html", "lists/kuasheng/370405.html", "style.css", "supervision.html"] {
            #expect(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("out/county/" + path).path), "\(path)")
        }
        for path in ["checklists", "regions.js", "region-picker.js"] {
            #expect(!FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("out/county/" + path).path), "\(path): a region's site has no picker")
        }
        let countyPage = try String(contentsOf: tmp.url.appendingPathComponent("out/county/matters/shili-shebaoka.html"), encoding: .utf8)
        #expect(countyPage.contains("<p class=\"subtitle\">实施地区：台儿庄区（370405）</p>"))
        let unknown = try CLI.run(["site", "-o", "out/none", "--region", "999999", "--registry", "reg"], in: tmp.url)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("999999"))
        let page = try String(contentsOf: tmp.url.appendingPathComponent("out/site/matters/shili-diya.html"), encoding: .utf8)
        #expect(page.contains("标准修订日期：2024-05-01"))
        let index = try String(contentsOf: tmp.url.appendingPathComponent("out/site/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"supervision.html\">日常监督：各地实施进度与免提交率</a>"))
        let supervision = try String(contentsOf: tmp.url.appendingPathComponent("out/site/supervision.html"), encoding: .utf8)
        #expect(supervision.contains("<table class=\"matrix\">") && supervision.contains("<svg "))
        #expect(!supervision.contains("<script"))
    }

    /// A second run rewrites only the pages whose content changed.
    @Test func rebuildRewritesOnlyWhatChanged() throws {
        let tmp = try TemporaryDirectory()
        let registry = try ChecklistFixture.copy(into: tmp)
        #expect(try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url).status == 0)
        let page = tmp.url.appendingPathComponent("out/matters/shili-diya.html")
        let untouched = tmp.url.appendingPathComponent("out/lists/kuasheng.html")
        let old = Date(timeIntervalSinceNow: -3600)
        for url in [page, untouched] { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path) }
        let first = try CLI.run(["site", "-o", "out2", "--registry", "reg"], in: tmp.url).stdout
        let count = try #require(first.split(separator: " ").dropFirst().first.flatMap { Int($0) })
        let again = try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url)
        #expect(again.stdout == "all \(count) files in out already up to date, none written; open out/index.html in a browser\n")
        let zh = try CLI.run(["site", "-o", "out", "--registry", "reg", "--lang", "zh"], in: tmp.url)
        #expect(zh.stdout == "out 中的 \(count) 个文件均已是最新，未写入任何文件，用浏览器打开 out/index.html\n")

        let matter = registry.appendingPathComponent("matters/shili-diya.yaml")
        let text = try String(contentsOf: matter, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "statutory: 30个工作日", with: "statutory: 29个工作日").utf8).write(to: matter)
        try ChecklistFixture.touch(matter, "2024-05-01")
        let changed = try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.hasPrefix("wrote 2 of \(count) files to out ("), "\(changed.stdout)")
        let modified = { (url: URL) in (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? nil }
        #expect(modified(page).map { $0.timeIntervalSince(old) > 60 } == true, "the changed matter's page is rewritten")
        #expect(modified(untouched).map { abs($0.timeIntervalSince(old)) < 1 } == true, "a page that did not change is not")

        // Only the changed matter's files are rewritten: every file of the manifest is checked.
        let manifest = try String(contentsOf: tmp.url.appendingPathComponent("out/.tongban-site"), encoding: .utf8)
        let paths = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(paths.count == count)
        for path in paths {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: tmp.url.appendingPathComponent("out/" + path).path)
        }
        try Data(text.replacingOccurrences(of: "statutory: 30个工作日", with: "statutory: 28个工作日").utf8).write(to: matter)
        try ChecklistFixture.touch(matter, "2024-05-01")
        let once = try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url)
        #expect(once.stdout == "wrote 2 of \(count) files to out (\(count - 2) already up to date); open out/index.html in a browser\n")
        let onceZh = try CLI.run(["site", "-o", "out", "--registry", "reg", "--lang", "zh"], in: tmp.url)
        #expect(onceZh.stdout == "out 中的 \(count) 个文件均已是最新，未写入任何文件，用浏览器打开 out/index.html\n")
        // Set-back times read back within a microsecond of `old`; a rewrite is an hour later.
        let rewritten = paths.filter { path in modified(tmp.url.appendingPathComponent("out/" + path)).map { $0.timeIntervalSince(old) > 60 } == true }
        #expect(Set(rewritten) == ["matters/shili-diya.html", "checklists/shili-diya/standard.html"])
    }

    /// A change to one region file (its 帮办代办 phone) rewrites `regions.js`, which holds what
    /// region files give every matter, and none of the matter pages.
    @Test func aRegionFileChangeRewritesRegionsJSNotTheMatterPages() throws {
        let tmp = try TemporaryDirectory()
        let registry = try ChecklistFixture.copy(into: tmp)
        #expect(try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url).status == 0)
        let manifest = try String(contentsOf: tmp.url.appendingPathComponent("out/.tongban-site"), encoding: .utf8)
        let paths = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: " ").last.map(String.init) }
        let old = Date(timeIntervalSinceNow: -3600)
        for path in paths {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: tmp.url.appendingPathComponent("out/" + path).path)
        }
        let region = registry.appendingPathComponent("regions/370405/region.yaml")
        let text = try String(contentsOf: region, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "phone: 0632-6610006", with: "phone: 0632-6610007").utf8).write(to: region)
        let result = try CLI.run(["site", "-o", "out", "--registry", "reg", "--lang", "en"], in: tmp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote 1 of \(paths.count) files to out (\(paths.count - 1) already up to date); open out/index.html in a browser\n")
        let modified = { (path: String) in
            (try? FileManager.default.attributesOfItem(atPath: tmp.url.appendingPathComponent("out/" + path).path)[.modificationDate] as? Date) ?? nil
        }
        let rewritten = paths.filter { modified($0).map { $0.timeIntervalSince(old) > 60 } == true }
        #expect(rewritten == ["regions.js"])
        #expect(try String(contentsOf: tmp.url.appendingPathComponent("out/regions.js"), encoding: .utf8).contains("0632-6610007"))
    }

    /// A region's site reads the registry without the other regions' folders: a broken file in
    /// another region's folder changes nothing of it, while the national site reports it.
    @Test func aRegionsSiteReadsOnlyItsOwnRegionFolder() throws {
        let tmp = try TemporaryDirectory()
        let registry = try ChecklistFixture.copy(into: tmp)
        let before = try CLI.run(["site", "-o", "before", "--region", "台儿庄区", "--registry", "reg"], in: tmp.url)
        #expect(before.status == 0, "\(before.stderr)")
        try Data("agency: [\n".utf8).write(to: registry.appendingPathComponent("regions/370481/shili-shebaoka.yaml"))
        let national = try CLI.run(["site", "-o", "all", "--registry", "reg", "--lang", "en"], in: tmp.url)
        #expect(national.stderr.contains("warning: the registry has 1 error(s)"), "\(national.stderr)")
        let county = try CLI.run(["site", "-o", "after", "--region", "370405", "--registry", "reg", "--lang", "en"], in: tmp.url)
        #expect(county.status == 0, "\(county.stderr)")
        #expect(county.stderr.isEmpty, "\(county.stderr)")
        let manager = FileManager.default
        let written = try #require(manager.enumerator(atPath: tmp.url.appendingPathComponent("before").path)?.allObjects as? [String]).sorted()
        #expect(written.contains("matters/shili-shebaoka.html"))
        #expect(try #require(manager.enumerator(atPath: tmp.url.appendingPathComponent("after").path)?.allObjects as? [String]).sorted() == written)
        for path in written {
            let a = manager.contents(atPath: tmp.url.appendingPathComponent("before/" + path).path)
            #expect(a == manager.contents(atPath: tmp.url.appendingPathComponent("after/" + path).path), "\(path)")
        }
        // A broken file in its own folder is the region's concern, and said to be.
        try Data("agency: [\n".utf8).write(to: registry.appendingPathComponent("regions/370405/shili-diya.yaml"))
        let own = try CLI.run(["site", "-o", "after", "--region", "370405", "--registry", "reg", "--lang", "en"], in: tmp.url)
        #expect(own.stderr.contains("warning: the registry files this region's site reads have 1 error(s)"), "\(own.stderr)")
    }

    @Test func theShippedRegistryBuilds() throws {
        let tmp = try TemporaryDirectory()
        let result = try CLI.run(["site", "-o", tmp.url.path, "--registry", "standards"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let index = try String(contentsOf: tmp.url.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<h1>山东省政务服务通办事项标准库</h1>"))
    }

    /// A matter taken off the registry takes its pages with it on the next run; files tongban did
    /// not write stay.
    @Test func removesWhatItNoLongerWrites() throws {
        let tmp = try TemporaryDirectory()
        let registry = try ChecklistFixture.copy(into: tmp)
        let site = tmp.url.appendingPathComponent("out")
        #expect(try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url).status == 0)
        let first = try String(contentsOf: site.appendingPathComponent(".tongban-site"), encoding: .utf8)
        let pages = first.split(separator: "\n").filter { $0.contains("shili-caogao") }.map(String.init)
        #expect(pages.contains { $0.hasSuffix("  matters/shili-caogao.html") && $0.prefix(40).allSatisfy(\.isHexDigit) })
        try "kept\n".write(to: site.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try "kept\n".write(to: site.appendingPathComponent("matters/extra.html"), atomically: true, encoding: .utf8)

        let manager = FileManager.default
        try manager.removeItem(at: registry.appendingPathComponent("matters/shili-caogao.yaml"))
        for region in try manager.contentsOfDirectory(atPath: registry.appendingPathComponent("regions").path) {
            try? manager.removeItem(at: registry.appendingPathComponent("regions/\(region)/shili-caogao.yaml"))
        }
        let list = registry.appendingPathComponent("lists/quansheng.yaml")
        let text = try String(contentsOf: list, encoding: .utf8)
        try text.replacingOccurrences(of: "  - matter: shili-caogao\n    batch: \"2021\"\n", with: "").write(to: list, atomically: true, encoding: .utf8)

        let second = try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.isEmpty, "\(second.stderr)")
        #expect(second.stdout.contains(", removed \(pages.count) stale;"), "\(second.stdout)")
        for page in pages { #expect(!manager.fileExists(atPath: site.appendingPathComponent(page).path), "\(page)") }
        #expect(!manager.fileExists(atPath: site.appendingPathComponent("checklists/shili-caogao").path))
        #expect(manager.fileExists(atPath: site.appendingPathComponent("notes.txt").path))
        #expect(manager.fileExists(atPath: site.appendingPathComponent("matters/extra.html").path))
        #expect(manager.fileExists(atPath: site.appendingPathComponent("matters/shili-diya.html").path))
        let manifest = try String(contentsOf: site.appendingPathComponent(".tongban-site"), encoding: .utf8)
        #expect(!manifest.contains("shili-caogao"))

        // A third run over the same registry removes nothing.
        let third = try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url)
        #expect(!third.stdout.contains("removed"), "\(third.stdout)")
    }

    /// A damaged or hand-edited manifest cannot make tongban delete outside the output folder.
    @Test func aManifestNeverReachesOutsideTheFolder() throws {
        let tmp = try TemporaryDirectory()
        _ = try ChecklistFixture.copy(into: tmp)
        try FileManager.default.createDirectory(at: tmp.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        try "precious\n".write(to: tmp.url.appendingPathComponent("precious.txt"), atomically: true, encoding: .utf8)
        let outside = tmp.url.appendingPathComponent("precious.txt").path
        try "../precious.txt\n\(outside)\n./x\nmatters/../../precious.txt\n".write(
            to: tmp.url.appendingPathComponent("out/.tongban-site"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["site", "-o", "out", "--registry", "reg"], in: tmp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("removed"))
        #expect(FileManager.default.fileExists(atPath: outside))
    }

    @Test func needsAnOutputFolder() throws {
        let result = try CLI.run(["site", "--registry", ChecklistFixture.registry.path])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("--output"))
    }
}
