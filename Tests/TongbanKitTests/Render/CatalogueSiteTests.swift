import Foundation
import Testing
import TongbanKit

/// The catalogue's files, its links, and that it needs nothing from elsewhere.
@Suite struct CatalogueSiteTests {
    let files: [SiteFile]
    /// The site of 台儿庄区 alone (`site --region 370405`).
    let regionFiles: [SiteFile]

    init() throws {
        let dates = ["shili-shebaoka": RenderFixtures.revisionDate].compactMapValues { $0 }
        let registry = try RenderFixtures.registry()
        files = CatalogueSite.build(registry, revisionDates: dates)
        regionFiles = CatalogueSite.build(registry, revisionDates: dates, layout: .region("370405"))
    }

    private func file(_ path: String) throws -> String {
        try #require(files.first { $0.path == path }, "no \(path)").contents
    }

    private func regionFile(_ path: String) throws -> String {
        try #require(regionFiles.first { $0.path == path }, "no \(path) in the region's site").contents
    }

    /// The region data of a matter page: its JSON script element, parsed.
    private func regionData(_ page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"region-data\">"))
        let rest = page[start.upperBound...]
        let end = try #require(rest.range(of: "</script>"))
        let object = try JSONSerialization.jsonObject(with: Data(rest[..<end.lowerBound].utf8))
        return try #require(object as? [String: Any])
    }

    /// One region's entry of a matter page's data.
    private func regionEntry(_ page: String, _ code: String) throws -> [Any] {
        let regions = try #require(try regionData(page)["regions"] as? [[Any]])
        return try #require(regions.first { $0.first as? String == code }, "no region \(code)")
    }

    /// A fact of a region's entry by its label, as printed lines.
    private func fact(_ entry: [Any], _ label: String) throws -> [String]? {
        let labels = ["实施机构", "咨询电话", "办理地点", "办理时间", "通办专窗", "帮办代办", "承诺时限", "监督投诉电话"]
        let facts = try #require(entry.last as? [Any])
        let value = facts[try #require(labels.firstIndex(of: label))]
        if let line = value as? String { return [line] }
        return value as? [String]
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
            "index.html", "search-index.js", "search.js", "region-picker.js",
            "lists/kuasheng.html", "lists/quansheng.html",
            "matters/shili-caogao.html", "checklists/shili-caogao/standard.html",
            "matters/shili-diya.html", "checklists/shili-diya/standard.html",
            "matters/shili-lianban.html", "checklists/shili-lianban/standard.html",
            "matters/shili-shebaoka.html", "checklists/shili-shebaoka/standard.html",
        ])
    }

    /// One region's site: its checklists and booklets as static pages, no other region's.
    @Test func writesEveryPageOfARegion() {
        #expect(regionFiles.map(\.path) == [
            "index.html", "search-index.js", "search.js", "region-picker.js",
            "lists/kuasheng.html", "lists/kuasheng/370405.html",
            "lists/quansheng.html", "lists/quansheng/370405.html",
            "matters/shili-caogao.html", "checklists/shili-caogao/standard.html", "checklists/shili-caogao/370405.html",
            "matters/shili-diya.html", "checklists/shili-diya/standard.html", "checklists/shili-diya/370405.html",
            "matters/shili-lianban.html", "checklists/shili-lianban/standard.html", "checklists/shili-lianban/370405.html",
            "matters/shili-shebaoka.html", "checklists/shili-shebaoka/standard.html",
            "checklists/shili-shebaoka/370405.html",
        ])
    }

    @Test(arguments: [false, true]) func everyLinkPointsInsideTheSite(region: Bool) throws {
        let files = region ? regionFiles : files
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

    /// Scripts only where the site needs them: the search on the index, the region picker and
    /// its data on matter pages, each from the site's own files; printed checklists have none.
    @Test func scriptsAreOnlyTheSitesOwn() throws {
        for page in files + regionFiles where page.path.hasSuffix(".html") && page.path != "index.html" {
            let scripts = page.contents.components(separatedBy: "<script").count - 1
            if page.path.hasPrefix("matters/") {
                #expect(scripts == 2, "\(page.path)")
                #expect(page.contents.contains("<script type=\"application/json\" id=\"region-data\">"), "\(page.path)")
                #expect(page.contents.contains("<script src=\"../region-picker.js\"></script>\n  </body>"), "\(page.path)")
            } else {
                #expect(scripts == 0, "\(page.path)")
            }
        }
        let index = try file("index.html")
        #expect(index.contains("<script src=\"search-index.js\"></script>\n    <script src=\"search.js\"></script>\n  </body>"))
        let search = try file("search.js")
        #expect(!search.contains("innerHTML"))
        #expect(search.contains("new URLSearchParams(window.location.search).get(\"q\")"))
        let picker = try file("region-picker.js")
        #expect(!picker.contains("innerHTML"))
        #expect(!picker.contains("insertAdjacentHTML"))
        #expect(!picker.contains("document.write"))
        #expect(picker.contains("new URLSearchParams(window.location.search).get(\"region\")"))
    }

    @Test func indexListsBatchesAndMatters() throws {
        let index = try file("index.html")
        #expect(index.contains("<h1>示例通办事项标准库</h1>"))
        #expect(index.contains("<td><a href=\"lists/kuasheng.html\">跨省通办（示例）</a></td>"))
        #expect(index.contains("<span class=\"line\">2020年底前实现（2020-12-31）：1项</span><span class=\"line\">2021年底前实现（2021-12-31）：1项</span>"))
        #expect(index.contains("<td><a href=\"matters/shili-caogao.html\">示例失业登记</a><span class=\"badge\">草稿</span></td>"))
        #expect(index.contains("<form method=\"get\" action=\"index.html\" role=\"search\">"))
    }

    @Test func matterPageHoldsTheStandardOnceAndEveryRegionAsData() throws {
        let page = try file("matters/shili-shebaoka.html")
        #expect(links(page) == [
            "../index.html",
            "../checklists/shili-shebaoka/standard.html",
            "../region-picker.js",
        ])
        #expect(page.contains("<select id=\"region\" name=\"region\">"))
        #expect(page.contains("<article class=\"sheet\" id=\"regional\" hidden=\"hidden\">"))
        #expect(page.components(separatedBy: "标准修订日期：2024-05-01").count - 1 == 2, "the standard and the regional sheet")
        let data = try regionData(page)
        #expect(data["onlineLead"] as? String == "。网办地址：")
        let regions = try #require(data["regions"] as? [[Any]])
        #expect(regions.compactMap { $0.first as? String } == ["370405", "370481"])
        let tengzhou = try regionEntry(page, "370481")
        #expect(tengzhou[1] as? String == "滕州市（370481）")
        #expect(tengzhou[2] as? String == "实施地区：滕州市（370481）")
        let checklist = try regionFile("checklists/shili-shebaoka/370405.html")
        #expect(checklist.contains("<p class=\"subtitle\">实施地区：台儿庄区（370405）</p>"))
        #expect(regionFiles.first { $0.path == "checklists/shili-shebaoka/370481.html" } == nil)
    }

    /// A 多地联办 matter's page: the who-does-what table of its standard, and each region's
    /// 通办专窗 and 帮办代办 (or that they are not on file).
    @Test func jointMatterPageShowsStepsAndRegionServices() throws {
        let page = try file("matters/shili-lianban.html")
        #expect(page.contains("<table class=\"steps\">"))
        #expect(page.contains("<td>迁出核验</td>\n"))
        let taierzhuang = try regionEntry(page, "370405")
        #expect(try fact(taierzhuang, "通办专窗")?.first?.hasPrefix("跨省通办专窗") == true)
        #expect(try fact(taierzhuang, "帮办代办")?.first?.hasPrefix("帮办代办服务台") == true)
        #expect(page.contains("申请人只需到受理地的一个窗口办理"))
        #expect(page.contains("申请人只需到本窗口办理"), "the regional sheet")
        let shebaoka = try file("matters/shili-shebaoka.html")
        let tengzhou = try regionEntry(shebaoka, "370481")
        #expect(try fact(tengzhou, "通办专窗") == nil, "滕州市 has no region.yaml")
        #expect(try fact(tengzhou, "帮办代办") == nil, "滕州市 has no region.yaml")
        let checklist = try regionFile("checklists/shili-lianban/370405.html")
        #expect(checklist.contains("申请人只需到本窗口办理"))
        #expect(checklist.contains("<th>通办专窗</th>"))
    }

    @Test func listPageGroupsByBatchAndLinksBooklets() throws {
        let page = try regionFile("lists/kuasheng.html")
        #expect(page.contains("<h2>批次：2020年底前实现（期限：2020-12-31），1项</h2>"))
        #expect(page.contains("<a href=\"kuasheng/370405.html\">台儿庄区（370405）：本清单事项一次性告知单汇编</a>"))
        #expect(try file("lists/kuasheng.html").contains("<h2>批次：2020年底前实现（期限：2020-12-31），1项</h2>"))
        #expect(!(try file("lists/kuasheng.html").contains("告知单汇编")), "no booklets in the national layout")
        let tengzhou = CatalogueSite.build(try RenderFixtures.registry(), layout: .region("370481"))
        let booklet = try #require(tengzhou.first { $0.path == "lists/kuasheng/370481.html" }).contents
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

/// The site's pages byte for byte: a matter page, its region data, and a region's booklet.
@Suite struct CatalogueSiteGoldenTests {
    @Test func matterPageRegionDataAndBooklet() throws {
        let dates = ["shili-shebaoka": RenderFixtures.revisionDate].compactMapValues { $0 }
        let registry = try RenderFixtures.registry()
        let national = CatalogueSite.build(registry, revisionDates: dates)
        let page = try #require(national.first { $0.path == "matters/shili-shebaoka.html" }).contents
        try GoldenFile.check(page, "site-matter-shili-shebaoka.html")
        let start = try #require(page.range(of: "id=\"region-data\">"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        let data = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
        let pretty = try JSONSerialization.data(withJSONObject: data, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try GoldenFile.check(String(decoding: pretty, as: UTF8.self) + "\n", "site-region-data-shili-shebaoka.json")
        let region = CatalogueSite.build(registry, revisionDates: dates, layout: .region("370405"))
        try GoldenFile.check(try #require(region.first { $0.path == "lists/kuasheng/370405.html" }).contents, "site-booklet-kuasheng-370405.html")
    }
}
