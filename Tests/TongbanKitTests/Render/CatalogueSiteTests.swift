import Foundation
import Testing
@testable import TongbanKit

/// A site's scripts and data, read back as the browser reads them.
enum SiteData {
    /// The JSON a `.js` file assigns to its global (`window.NAME = …;`).
    static func script(_ text: String, global: String) throws -> Any {
        let assignment = "window.\(global) = "
        let start = try #require(text.range(of: assignment), "no \(assignment)")
        #expect(text.hasSuffix(";\n"))
        return try JSONSerialization.jsonObject(with: Data(text[start.upperBound...].dropLast(2).utf8))
    }

    /// The region data of a matter page: its JSON script element, parsed.
    static func regionData(_ page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"region-data\">"))
        let rest = page[start.upperBound...]
        let end = try #require(rest.range(of: "</script>"))
        let object = try JSONSerialization.jsonObject(with: Data(rest[..<end.lowerBound].utf8))
        return try #require(object as? [String: Any])
    }

    /// `regions.js`, parsed: each region's values by code.
    static func regions(_ files: [SiteFile]) throws -> [String: [Any]] {
        let text = try #require(files.first { $0.path == "regions.js" }, "no regions.js").contents
        return try #require(try script(text, global: "TONGBAN_REGIONS") as? [String: [Any]])
    }

    /// One region of a matter page as the picker shows it, every reference resolved.
    struct Shown {
        var label: String
        var subtitle: String
        var online: String?
        var link: Bool
        /// The facts of `Checklist.regionalFacts` by label, as printed lines; nil for a row not printed.
        var facts: [String: [String]]
    }

    /// Each region of `page`, resolved against `regions` as `region-picker.js` resolves it.
    static func shown(_ page: String, _ regions: [String: [Any]]) throws -> [String: Shown] {
        let data = try regionData(page)
        let values = try #require(data["values"] as? [Any])
        var shown: [String: Shown] = [:]
        for row in try #require(data["regions"] as? [[Any]]) {
            let code = try #require(row.first as? String)
            let entry = try #require(regions[code], "\(code) is not in regions.js")
            func resolve(_ value: Any) throws -> Any {
                guard let n = value as? Int else { return value }
                return n >= 0 ? try #require(values.indices.contains(n) ? values[n] : nil) : entry[-n - 1]
            }
            func lines(_ value: Any) throws -> [String]? {
                let value = try resolve(value)
                if let line = value as? String { return [line] }
                if value is NSNull { return nil }
                return try #require(value as? [String])
            }
            var facts: [String: [String]] = [:]
            for (label, value) in zip(Checklist.regionalFacts, row.dropFirst(3)) { facts[label] = try lines(value) }
            #expect(row.count == 3 + Checklist.regionalFacts.count)
            shown[code] = Shown(
                label: try #require(entry[0] as? String), subtitle: try #require(entry[1] as? String),
                online: try resolve(row[1]) as? String, link: row[2] as? Int == 1, facts: facts)
        }
        return shown
    }
}

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
            "index.html", "search-index.js", "search.js", "regions.js", "region-picker.js", "style.css",
            "lists/kuasheng.html", "lists/quansheng.html",
            "matters/shili-caogao.html", "checklists/shili-caogao/standard.html",
            "matters/shili-diya.html", "checklists/shili-diya/standard.html",
            "matters/shili-lianban.html", "checklists/shili-lianban/standard.html",
            "matters/shili-shebaoka.html", "checklists/shili-shebaoka/standard.html",
        ])
    }

    /// One region's site: its booklets, and its checklists as the matter pages; no other
    /// region's, and no picker.
    @Test func writesEveryPageOfARegion() {
        #expect(regionFiles.map(\.path) == [
            "index.html", "search-index.js", "search.js", "style.css",
            "lists/kuasheng.html", "lists/kuasheng/370405.html",
            "lists/quansheng.html", "lists/quansheng/370405.html",
            "matters/shili-caogao.html", "matters/shili-diya.html", "matters/shili-lianban.html", "matters/shili-shebaoka.html",
        ])
    }

    /// Every link stays in the site; the only style sheet is the site's own `style.css`, which
    /// loads nothing either.
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
            let up = String(repeating: "../", count: folder.count)
            #expect(page.contents.components(separatedBy: "<link").count == 2, "\(page.path): one link element")
            #expect(page.contents.contains("<link rel=\"stylesheet\" href=\"\(up)style.css\">\n</head>"), "\(page.path)")
            #expect(!page.contents.contains("<style"), "\(page.path): no inline style sheet")
        }
        let css = try #require(files.first { $0.path == "style.css" }).contents
        #expect(!css.contains("@import") && !css.contains("url("))
        #expect(css.hasPrefix("\(ChecklistStyle.css)\n"), "the checklist style sheet, unchanged, first")
    }

    /// Scripts only where the site needs them: the search on the index, the region picker and
    /// its data on national matter pages, each from the site's own files; printed checklists and
    /// a region's pages have none.
    @Test func scriptsAreOnlyTheSitesOwn() throws {
        for page in files where page.path.hasSuffix(".html") && page.path != "index.html" {
            let scripts = page.contents.components(separatedBy: "<script").count - 1
            if page.path.hasPrefix("matters/") {
                #expect(scripts == 3, "\(page.path)")
                #expect(page.contents.contains("<script type=\"application/json\" id=\"region-data\">"), "\(page.path)")
                #expect(page.contents.contains("</script>\n<script src=\"../regions.js\"></script>\n<script src=\"../region-picker.js\"></script>\n</body>"), "\(page.path)")
            } else {
                #expect(scripts == 0, "\(page.path)")
            }
        }
        for page in regionFiles where page.path.hasSuffix(".html") && page.path != "index.html" {
            #expect(!page.contents.contains("<script"), "\(page.path)")
        }
        let index = try file("index.html")
        #expect(index.contains("<script src=\"search-index.js\"></script>\n<script src=\"search.js\"></script>\n</body>"))
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
        #expect(index.contains("<table class=\"catalogue\">"))
    }

    @Test func matterPageHoldsTheStandardOnceAndEveryRegionAsData() throws {
        let page = try file("matters/shili-shebaoka.html")
        #expect(links(page) == [
            "../style.css",
            "../index.html",
            "../checklists/shili-shebaoka/standard.html",
            "../regions.js",
            "../region-picker.js",
        ])
        #expect(page.contains("<select id=\"region\" name=\"region\">"))
        #expect(page.contains("<article class=\"sheet\" id=\"regional\" hidden=\"hidden\">"))
        #expect(page.components(separatedBy: "标准修订日期：2024-05-01").count - 1 == 2, "the standard and the regional sheet")
        let data = try SiteData.regionData(page)
        #expect(data["onlineLead"] as? String == "。网办地址：")
        let rows = try #require(data["regions"] as? [[Any]])
        #expect(rows.compactMap { $0.first as? String } == ["370405", "370481"])
        let tengzhou = try #require(try SiteData.shown(page, try SiteData.regions(files))["370481"])
        #expect(tengzhou.label == "滕州市（370481）")
        #expect(tengzhou.subtitle == "实施地区：滕州市（370481）")
        #expect(tengzhou.online == "https://zwfw.example.cn/tengzhou/shebaoka" && tengzhou.link)
    }

    /// Every region of every matter page, resolved against `regions.js` as the picker resolves
    /// it, says what `tongban checklist MATTER --region CODE` says.
    @Test func regionDataResolvesToEachRegionsChecklist() throws {
        let registry = try RenderFixtures.registry()
        let builder = ChecklistBuilder(registry: registry)
        let regions = try SiteData.regions(files)
        var seen = 0
        for matter in registry.matters {
            let shown = try SiteData.shown(try file("matters/\(matter.id).html"), regions)
            #expect(Set(shown.keys) == Set(registry.implementations(of: matter.id).map(\.division)), "\(matter.id)")
            for (code, region) in shown {
                let c = try builder.checklist(for: matter, region: try builder.region(code), revisionDate: RenderFixtures.revisionDate)
                var facts: [String: [String]] = [:]
                for (left, right) in c.factRows {
                    facts[left.label] = left.lines
                    facts[right.label] = right.lines
                }
                facts = facts.filter { Checklist.regionalFacts.contains($0.key) }
                #expect(region.facts == facts, "\(matter.id) \(code)")
                #expect(region.subtitle == c.subtitle, "\(matter.id) \(code)")
                #expect(region.label == c.region?.place.label, "\(matter.id) \(code)")
                #expect(region.online == c.modes.first { $0.name == "全程网办" }?.onlineURL, "\(matter.id) \(code)")
                seen += 1
            }
        }
        #expect(seen == 5)
    }

    /// What a region's file gives (通办专窗, 帮办代办, its windows and complaint phone where the
    /// implementation has none) is in `regions.js` only: no matter page holds any of it, so a
    /// change to one `region.yaml` changes `regions.js` and no page.
    @Test func matterPagesHoldNothingOfARegionFile() throws {
        let regionFileTexts = ["跨省通办专窗", "帮办代办服务台", "0632-6610005", "0632-6610006"]
        for page in files where page.path.hasPrefix("matters/") {
            for text in regionFileTexts { #expect(!page.contents.contains(text), "\(page.path) holds \(text)") }
        }
        let script = try file("regions.js")
        for text in regionFileTexts { #expect(script.contains(text)) }
        // 台儿庄区's 多地联办 implementation names no window and no complaint phone: all five come
        // from its region file, by reference.
        let lianban = try SiteData.regionData(try file("matters/shili-lianban.html"))
        let row = try #require((lianban["regions"] as? [[Any]])?.first)
        #expect(row.dropFirst(5).compactMap { $0 as? Int } == [-3, -4, -5, -7, -8], "\(row)")
        let taierzhuang = try #require(try SiteData.shown(try file("matters/shili-lianban.html"), try SiteData.regions(files))["370405"])
        #expect(taierzhuang.facts["通办专窗"] == ["跨省通办专窗（电话 0632-6610005）"])
        #expect(taierzhuang.facts["办理地点"] == ["跨省通办专窗：台儿庄区示例路1号政务服务中心一楼"])
        #expect(taierzhuang.facts["监督投诉电话"] == ["0632-6610002"])
    }

    /// A value that recurs on a page (office hours, a hotline) is written once, in the page's
    /// `values`, and referred to by number; one that occurs once is written in its row.
    @Test func recurringValuesAreWrittenOnce() throws {
        let registry = try RenderFixtures.registry(files: RenderFixtures.manyRegions(3))
        let files = CatalogueSite.build(registry)
        let page = try #require(files.first { $0.path == "matters/hecheng.html" }).contents
        let data = try SiteData.regionData(page)
        let values = try #require(data["values"] as? [Any])
        // Most frequent first: no phone and no promise (a draft) on three rows, then the hours and the hotline.
        #expect(values.compactMap { $0 as? String } == ["未载明", "周一至周五 9:00-17:00", "12345"], "\(values)")
        #expect(values.count == 3)
        #expect(page.components(separatedBy: "周一至周五 9:00-17:00").count - 1 == 1, "once, in the table")
        let rows = try #require(data["regions"] as? [[Any]])
        #expect(rows.map { $0[3] as? String } == ["合成1区行政审批服务局", "合成2区行政审批服务局", "合成3区行政审批服务局"])
        let shown = try SiteData.shown(page, try SiteData.regions(files))
        #expect(shown["990102"]?.facts["办理时间"] == ["周一至周五 9:00-17:00"])
        #expect(shown["990102"]?.facts["办理地点"] == ["通办专窗：合成2区合成路2号"])
        #expect(shown["990103"]?.facts["监督投诉电话"] == ["12345"])
        #expect(shown["990103"]?.facts["通办专窗"] == nil, "no region file: no 通办专窗 row")
    }

    /// A 多地联办 matter's page: the who-does-what table of its standard, and each region's
    /// 通办专窗 and 帮办代办 (or that they are not on file).
    @Test func jointMatterPageShowsStepsAndRegionServices() throws {
        let page = try file("matters/shili-lianban.html")
        #expect(page.contains("<table class=\"steps\">"))
        #expect(page.contains("<td>迁出核验</td>\n"))
        let regions = try SiteData.regions(files)
        let taierzhuang = try #require(try SiteData.shown(page, regions)["370405"])
        #expect(taierzhuang.facts["通办专窗"]?.first?.hasPrefix("跨省通办专窗") == true)
        #expect(taierzhuang.facts["帮办代办"]?.first?.hasPrefix("帮办代办服务台") == true)
        #expect(page.contains("申请人只需到受理地的一个窗口办理"))
        #expect(page.contains("申请人只需到本窗口办理"), "the regional sheet")
        let tengzhou = try #require(try SiteData.shown(try file("matters/shili-shebaoka.html"), regions)["370481"])
        #expect(tengzhou.facts["通办专窗"] == nil, "滕州市 has no region.yaml")
        #expect(tengzhou.facts["帮办代办"] == nil, "滕州市 has no region.yaml")
        let checklist = try regionFile("matters/shili-lianban.html")
        #expect(checklist.contains("申请人只需到本窗口办理"))
        #expect(checklist.contains("<th>通办专窗</th>"))
    }

    /// The page the picker fills names no region: before a region is picked the sheet is
    /// hidden, and its region's values are the picker's to write.
    @Test func pickerSheetNamesNoRegion() throws {
        let page = try file("matters/shili-shebaoka.html")
        let start = try #require(page.range(of: "<article class=\"sheet\" id=\"regional\" hidden=\"hidden\">"))
        let sheet = page[start.lowerBound..<(try #require(page.range(of: "</article>", range: start.upperBound..<page.endIndex))).upperBound]
        #expect(sheet.contains("<p class=\"subtitle\" data-slot=\"subtitle\">实施地区：</p>"))
        #expect(sheet.contains("<td data-slot=\"f0\">未载明</td>"))
        #expect(sheet.contains("<tr data-row=\"tongban\">"))
        for text in ["台儿庄区", "滕州市", "0632-"] { #expect(!sheet.contains(text), "\(text)") }
    }

    /// In a region's site the matter page is the region's checklist, and prints alone.
    @Test func regionMatterPageIsTheRegionsChecklist() throws {
        let page = try regionFile("matters/shili-shebaoka.html")
        #expect(page.contains("<body class=\"has-region\">"))
        #expect(page.contains("<article class=\"sheet\" id=\"regional\">\n<header>\n<h1>示例社会保障卡申领一次性告知单</h1>\n<p class=\"subtitle\">实施地区：台儿庄区（370405）</p>"))
        #expect(page.contains("<td>跨省通办专窗（台儿庄区示例路1号政务服务中心一楼，电话 0632-6610005）</td>"))
        #expect(!page.contains("data-slot"))
        #expect(!page.contains("滕州市"))
        let tengzhou = CatalogueSite.build(try RenderFixtures.registry(), layout: .region("370481"))
        let diya = try #require(tengzhou.first { $0.path == "matters/shili-diya.html" }).contents
        #expect(diya.contains("<p>本地区尚未实施该事项；以下为事项标准，不作为本地区的一次性告知单。</p>"))
        #expect(!diya.contains("has-region"))
        #expect(!diya.contains("checklists/"), "no link to a page the region's site does not have")
    }

    @Test func listPageGroupsByBatchAndLinksBooklets() throws {
        let page = try regionFile("lists/kuasheng.html")
        #expect(page.contains("<h2>批次：2020年底前实现（期限：2020-12-31），1项</h2>"))
        #expect(page.contains("<a href=\"kuasheng/370405.html\">台儿庄区（370405）：本清单事项一次性告知单汇编</a>"))
        #expect(try file("lists/kuasheng.html").contains("<h2>批次：2020年底前实现（期限：2020-12-31），1项</h2>"))
        #expect(!(try file("lists/kuasheng.html").contains("告知单汇编")), "no booklets in the national layout")
        let tengzhou = CatalogueSite.build(try RenderFixtures.registry(), layout: .region("370481"))
        let booklet = try #require(tengzhou.first { $0.path == "lists/kuasheng/370481.html" }).contents
        #expect(booklet.contains("<td>示例不动产抵押登记</td>\n<td>本地区尚无实施清单</td>"))
        #expect(booklet.contains("<link rel=\"stylesheet\" href=\"../../style.css\">"))
    }

    @Test func searchIndexDescribesEveryMatter() throws {
        let index = try #require(try SiteData.script(try file("search-index.js"), global: "TONGBAN_INDEX") as? [String: Any])
        #expect(index["regions"] as? [String] == ["台儿庄区", "滕州市"])
        let entries = try #require(index["matters"] as? [[String: Any]])
        #expect(entries.compactMap { $0["id"] as? String } == ["shili-caogao", "shili-diya", "shili-lianban", "shili-shebaoka"])
        let shebaoka = entries[3]
        #expect(shebaoka["url"] as? String == "matters/shili-shebaoka.html")
        #expect(shebaoka["regions"] as? [Int] == [0, 2], "both regions, from the first")
        #expect(entries[0]["regions"] as? [Int] == [0, 1], "台儿庄区 alone")
        #expect(shebaoka["situations"] as? [String] == ["首次申领", "补领"])
        #expect(shebaoka["lists"] as? [String] == ["跨省通办（示例）", "全省通办（示例）"])
    }

    /// A region's site needs every file but the other regions' folders.
    @Test func regionLayoutNeedsItsOwnRegionFolderOnly() {
        let county = SiteLayout.region("370405")
        for path in ["registry.yaml", "catalog/divisions.yaml", "lists/kuasheng.yaml", "matters/shili-diya.yaml",
                     "regions/370405/region.yaml", "regions/370405/shili-diya.yaml"] {
            #expect(county.needs(path), "\(path)")
            #expect(SiteLayout.national.needs(path), "\(path)")
        }
        for path in ["regions/370481/shili-shebaoka.yaml", "regions/3704051/x.yaml", "regions/370405"] {
            #expect(!county.needs(path), "\(path)")
            #expect(SiteLayout.national.needs(path), "\(path)")
        }
    }

    /// A matter's regions in the search index are runs over the index's table of names.
    @Test func regionRuns() {
        #expect(SearchIndex.runs([]) == [])
        #expect(SearchIndex.runs([0, 1, 2]) == [0, 3])
        #expect(SearchIndex.runs([2, 6, 7]) == [2, 1, 3, 2])
        #expect(SearchIndex.runs([0, 2, 4]) == [0, 1, 1, 1, 1, 1])
        #expect(SearchIndex.runs(Array(0..<3000)) == [0, 3000])
    }
}

/// The site's files byte for byte: a matter page, its region data (and that of a page whose
/// regions share values), `regions.js`, the search index, a region's matter page and booklet.
@Suite struct CatalogueSiteGoldenTests {
    @Test func matterPageRegionDataAndBooklet() throws {
        let dates = ["shili-shebaoka": RenderFixtures.revisionDate].compactMapValues { $0 }
        let registry = try RenderFixtures.registry()
        let national = CatalogueSite.build(registry, revisionDates: dates)
        func file(_ files: [SiteFile], _ path: String) throws -> String {
            try #require(files.first { $0.path == path }, "no \(path)").contents
        }
        let page = try file(national, "matters/shili-shebaoka.html")
        try GoldenFile.check(page, "site-matter-shili-shebaoka.html")
        let data = try SiteData.regionData(page)
        let pretty = try JSONSerialization.data(withJSONObject: data, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try GoldenFile.check(String(decoding: pretty, as: UTF8.self) + "\n", "site-region-data-shili-shebaoka.json")
        try GoldenFile.check(try file(national, "regions.js"), "site-regions.js")
        try GoldenFile.check(try file(national, "search-index.js"), "site-search-index.js")
        // A page whose regions share values: the page's table of them.
        let many = CatalogueSite.build(try RenderFixtures.registry(files: RenderFixtures.manyRegions(3)))
        let table = try JSONSerialization.data(withJSONObject: try SiteData.regionData(try file(many, "matters/hecheng.html")), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try GoldenFile.check(String(decoding: table, as: UTF8.self) + "\n", "site-region-data-hecheng.json")
        let region = CatalogueSite.build(registry, revisionDates: dates, layout: .region("370405"))
        try GoldenFile.check(try file(region, "matters/shili-shebaoka.html"), "site-region-matter-shili-shebaoka.html")
        try GoldenFile.check(try file(region, "lists/kuasheng/370405.html"), "site-booklet-kuasheng-370405.html")
    }
}
