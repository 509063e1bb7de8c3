import Foundation
import Testing
import TongbanKit

/// The catalogue's files, its links, and that it needs nothing from elsewhere.
@Suite struct CatalogueSiteTests {
    let files: [SiteFile]

    init() throws {
        let dates = ["shili-shebaoka": RenderFixtures.revisionDate].compactMapValues { $0 }
        files = CatalogueSite.build(try RenderFixtures.registry(), revisionDates: dates)
    }

    private func file(_ path: String) throws -> String {
        try #require(files.first { $0.path == path }, "no \(path)").contents
    }

    /// Every `href` and `src` value of an HTML text.
    private func links(_ html: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            for part in html.components(separatedBy: attribute).dropFirst() {
                if let end = part.firstIndex(of: "\"") { found.append(String(part[..<end])) }
            }
        }
        return found
    }

    @Test func writesEveryPage() {
        #expect(files.map(\.path) == [
            "index.html", "search-index.js", "search.js",
            "lists/kuasheng.html", "lists/kuasheng/370405.html", "lists/kuasheng/370481.html",
            "lists/quansheng.html", "lists/quansheng/370405.html", "lists/quansheng/370481.html",
            "matters/shili-caogao.html", "checklists/shili-caogao/standard.html", "checklists/shili-caogao/370405.html",
            "matters/shili-diya.html", "checklists/shili-diya/standard.html", "checklists/shili-diya/370405.html",
            "matters/shili-lianban.html", "checklists/shili-lianban/standard.html", "checklists/shili-lianban/370405.html",
            "matters/shili-shebaoka.html", "checklists/shili-shebaoka/standard.html",
            "checklists/shili-shebaoka/370405.html", "checklists/shili-shebaoka/370481.html",
        ])
    }

    @Test func everyLinkPointsInsideTheSite() throws {
        let paths = Set(files.map(\.path))
        for page in files where page.path.hasSuffix(".html") {
            let folder = page.path.split(separator: "/").dropLast().map(String.init)
            for link in links(page.contents) {
                if link.hasPrefix("#") { continue }
                if link.hasPrefix("https://zwfw.example.cn/") { continue }  // a region's online address, shown as a link
                var parts = folder
                for part in link.split(separator: "/") {
                    if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
                }
                #expect(paths.contains(parts.joined(separator: "/")), "\(page.path) links to \(link)")
            }
            #expect(!page.contents.contains("<link"), "\(page.path)")
            #expect(!page.contents.contains("@import"), "\(page.path)")
            #expect(!page.contents.contains("url("), "\(page.path)")
        }
    }

    @Test func onlyTheIndexHasScripts() throws {
        for page in files where page.path.hasSuffix(".html") && page.path != "index.html" {
            #expect(!page.contents.contains("<script"), "\(page.path)")
        }
        let index = try file("index.html")
        #expect(index.contains("<script src=\"search-index.js\"></script>\n    <script src=\"search.js\"></script>\n  </body>"))
        let search = try file("search.js")
        #expect(!search.contains("innerHTML"))
        #expect(search.contains("new URLSearchParams(window.location.search).get(\"q\")"))
    }

    @Test func indexListsBatchesAndMatters() throws {
        let index = try file("index.html")
        #expect(index.contains("<h1>示例通办事项标准库</h1>"))
        #expect(index.contains("<td><a href=\"lists/kuasheng.html\">跨省通办（示例）</a></td>"))
        #expect(index.contains("<span class=\"line\">2020年底前实现（2020-12-31）：1项</span><span class=\"line\">2021年底前实现（2021-12-31）：1项</span>"))
        #expect(index.contains("<td><a href=\"matters/shili-caogao.html\">示例失业登记</a><span class=\"badge\">草稿</span></td>"))
        #expect(index.contains("<form method=\"get\" action=\"index.html\" role=\"search\">"))
    }

    @Test func matterPageLinksItsChecklists() throws {
        let page = try file("matters/shili-shebaoka.html")
        #expect(links(page) == [
            "../index.html",
            "../checklists/shili-shebaoka/370405.html",
            "../checklists/shili-shebaoka/370481.html",
            "../checklists/shili-shebaoka/standard.html",
        ])
        #expect(page.contains("<td>台儿庄区（370405）</td>"))
        #expect(page.contains("标准修订日期：2024-05-01"))
        let checklist = try file("checklists/shili-shebaoka/370481.html")
        #expect(checklist.contains("<p class=\"subtitle\">实施地区：滕州市（370481）</p>"))
    }

    /// A 多地联办 matter's page: the who-does-what table of its standard, and each region's
    /// 通办专窗 and 帮办代办 (or that they are not on file).
    @Test func jointMatterPageShowsStepsAndRegionServices() throws {
        let page = try file("matters/shili-lianban.html")
        #expect(page.contains("<table class=\"steps\">"))
        #expect(page.contains("<td>迁出核验</td>\n"))
        #expect(page.contains("<td>跨省通办专窗（0632-6610005）</td>"))
        #expect(page.contains("<td>帮办代办服务台（0632-6610006）</td>"))
        #expect(page.contains("申请人只需到受理地的一个窗口办理"))
        let shebaoka = try file("matters/shili-shebaoka.html")
        #expect(shebaoka.components(separatedBy: "<td>未载明</td>").count - 1 >= 2, "滕州市 has no region.yaml")
        let checklist = try file("checklists/shili-lianban/370405.html")
        #expect(checklist.contains("申请人只需到本窗口办理"))
        #expect(checklist.contains("<th>通办专窗</th>"))
    }

    @Test func listPageGroupsByBatchAndLinksBooklets() throws {
        let page = try file("lists/kuasheng.html")
        #expect(page.contains("<h2>批次：2020年底前实现（期限：2020-12-31），1项</h2>"))
        #expect(page.contains("<a href=\"kuasheng/370481.html\">滕州市（370481）：本清单事项一次性告知单汇编</a>"))
        let booklet = try file("lists/kuasheng/370481.html")
        #expect(booklet.contains("<td>示例不动产抵押登记</td>\n            <td>本地区尚无实施清单</td>"))
    }

    @Test func searchIndexDescribesEveryMatter() throws {
        let script = try file("search-index.js")
        let json = script.drop { $0 != "[" }.dropLast(2)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == ["shili-caogao", "shili-diya", "shili-lianban", "shili-shebaoka"])
        let shebaoka = entries[3]
        #expect(shebaoka["url"] as? String == "matters/shili-shebaoka.html")
        #expect(shebaoka["regions"] as? [String] == ["台儿庄区", "滕州市"])
        #expect(shebaoka["situations"] as? [String] == ["首次申领", "补领"])
        #expect(shebaoka["lists"] as? [String] == ["跨省通办（示例）", "全省通办（示例）"])
    }
}
