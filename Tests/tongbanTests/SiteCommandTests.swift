import Foundation
import Testing

@Suite struct SiteCommandTests {
    @Test func writesTheCatalogue() throws {
        let tmp = try TemporaryDirectory()
        _ = try ChecklistFixture.copy(into: tmp)
        let result = try CLI.run(["site", "-o", "out/site", "--registry", "reg"], in: tmp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote 19 files to out/site; open out/site/index.html in a browser\n")
        #expect(result.stderr.isEmpty)
        for path in ["index.html", "search-index.js", "search.js", "matters/shili-shebaoka.html", "checklists/shili-shebaoka/370481.html", "lists/kuasheng/370405.html"] {
            #expect(FileManager.default.fileExists(atPath: tmp.url.appendingPathComponent("out/site/" + path).path), "\(path)")
        }
        let page = try String(contentsOf: tmp.url.appendingPathComponent("out/site/matters/shili-diya.html"), encoding: .utf8)
        #expect(page.contains("标准修订日期：2024-05-01"))
    }

    @Test func theShippedRegistryBuilds() throws {
        let tmp = try TemporaryDirectory()
        let result = try CLI.run(["site", "-o", tmp.url.path, "--registry", "standards"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let index = try String(contentsOf: tmp.url.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<h1>山东省政务服务通办事项标准库</h1>"))
    }

    @Test func needsAnOutputFolder() throws {
        let result = try CLI.run(["site", "--registry", ChecklistFixture.registry.path])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("--output"))
    }
}
