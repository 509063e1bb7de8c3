import Foundation
import Testing

/// Checklists and the catalogue in a real browser: printed to PDF, photographed, searched.
/// Run one at a time: each starts a browser, and the machine is small.
@Suite(.serialized, .enabled(if: Chromium.isInstalled, "chromium is not installed (Debian: apt-get install chromium fonts-noto-cjk)"))
struct BrowserTests {
    static let docsImages = CLI.packageRoot.appendingPathComponent("docs/images")
    static var updatingImages: Bool { ProcessInfo.processInfo.environment["TONGBAN_UPDATE_GOLDEN"] == "1" }

    /// Writes the checklist of `matter` for `region` as HTML into `directory`.
    private func checklist(_ matter: String, _ region: String, in directory: TemporaryDirectory, arguments: [String] = []) throws -> URL {
        let html = directory.url.appendingPathComponent("\(matter)-\(region).html")
        let result = try CLI.run(["checklist", matter, "--region", region, "-o", html.path, "--registry", ChecklistFixture.registry.path] + arguments)
        try #require(result.status == 0, "\(result.stderr)")
        return html
    }

    private func pdf(of page: URL, query: String = "", environment: [String: String] = [:]) throws -> PDFFacts {
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: pdf) }
        try Chromium.printToPDF(page.absoluteString + query, to: pdf, environment: environment)
        return try PDFFacts(Data(contentsOf: pdf))
    }

    // MARK: - Printing

    @Test(arguments: [
        ("shili-shebaoka", "370405"),  // both situations, each with its materials
        ("shili-shebaoka", "370481"),  // two windows
        ("shili-diya", "370405"),      // fee items
        ("shili-caogao", "370405"),    // a draft
        ("shili-lianban", "370405"),   // 多地联办: the who-does-what table, the region's 通办专窗 and 帮办代办
    ])
    func checklistPrintsOnOneA4PageWithChineseGlyphs(matter: String, region: String) throws {
        let tmp = try TemporaryDirectory()
        let facts = try pdf(of: try checklist(matter, region, in: tmp))
        #expect(facts.pageCount == 1)
        #expect(facts.isA4, "\(facts.pageSizes)")
        #expect(facts.usesOnlyNotoCJK, "fonts: \(facts.fonts) (Debian: apt-get install fonts-noto-cjk)")
    }

    @Test func bookletPrintsACoverThenOnePagePerMatter() throws {
        let tmp = try TemporaryDirectory()
        let html = tmp.url.appendingPathComponent("booklet.html")
        let result = try CLI.run(["checklist", "--list", "kuasheng", "--region", "370405", "-o", html.path, "--registry", ChecklistFixture.registry.path])
        try #require(result.status == 0)
        let facts = try pdf(of: html)
        #expect(facts.pageCount == 3)
        #expect(facts.isA4)
        #expect(facts.usesOnlyNotoCJK, "fonts: \(facts.fonts)")
    }

    /// The glyph check is worth something only if it fails when Chinese is drawn as boxes:
    /// with fontconfig shown no Noto CJK font, the same page must fail it.
    @Test func glyphCheckFailsWithoutCJKFonts() throws {
        let tmp = try TemporaryDirectory()
        let config = tmp.url.appendingPathComponent("fonts.conf")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig><dir>/usr/share/fonts/truetype</dir><cachedir>\(tmp.url.path)/fontcache</cachedir></fontconfig>

            """.write(to: config, atomically: true, encoding: .utf8)
        let facts = try pdf(of: try checklist("shili-diya", "370405", in: tmp), environment: ["FONTCONFIG_FILE": config.path])
        #expect(!facts.usesOnlyNotoCJK, "fonts: \(facts.fonts)")
    }

    @Test func screenshotOfAChecklist() throws {
        let tmp = try TemporaryDirectory()
        let html = try checklist("shili-shebaoka", "370405", in: tmp)
        let png = tmp.url.appendingPathComponent("checklist.png")
        try Chromium.screenshot(Chromium.address(html), to: png, width: 860, height: 1180)
        let data = try Data(contentsOf: png)
        let size = try #require(pngSize(data))
        #expect(size.width == 860 && size.height == 1180)
        if Self.updatingImages { try save(data, as: "checklist.png") }
    }

    // MARK: - The catalogue

    private func site(in directory: TemporaryDirectory) throws -> URL {
        let out = directory.url.appendingPathComponent("site")
        let result = try CLI.run(["site", "-o", out.path, "--registry", ChecklistFixture.registry.path])
        try #require(result.status == 0, "\(result.stderr)")
        return out
    }

    /// The `<ol id="results">` element of a dumped page.
    private func results(_ dom: String) -> String? {
        guard let start = dom.range(of: "<ol id=\"results\">"), let end = dom.range(of: "</ol>", range: start.upperBound..<dom.endIndex) else { return nil }
        return String(dom[start.lowerBound..<end.upperBound])
    }

    /// The site's pages that print a checklist link the site's style sheet rather than holding
    /// it: each still prints on one A4 page where `tongban checklist` does — the standard alone,
    /// a matter page with a region picked, a region's matter page — and the booklet one page per
    /// matter after its cover.
    @Test func sitePagesPrintAsTheCLIChecklistsDo() throws {
        let tmp = try TemporaryDirectory()
        let national = try site(in: tmp)
        let county = tmp.url.appendingPathComponent("county")
        let result = try CLI.run(["site", "-o", county.path, "--region", "370405", "--registry", ChecklistFixture.registry.path])
        try #require(result.status == 0, "\(result.stderr)")
        var pages: [(URL, String)] = [(national.appendingPathComponent("checklists/shili-diya/standard.html"), "")]
        for matter in ["shili-shebaoka", "shili-diya", "shili-caogao", "shili-lianban"] {
            pages.append((national.appendingPathComponent("matters/\(matter).html"), "?region=370405"))
            pages.append((county.appendingPathComponent("matters/\(matter).html"), ""))
        }
        pages.append((national.appendingPathComponent("matters/shili-shebaoka.html"), "?region=370481"))
        for (page, query) in pages {
            let facts = try pdf(of: page, query: query)
            #expect(facts.pageCount == 1, "\(page.path)\(query)")
            #expect(facts.isA4, "\(page.path)\(query): \(facts.pageSizes)")
            #expect(facts.usesOnlyNotoCJK, "\(page.path)\(query): fonts: \(facts.fonts)")
        }
        let booklet = try pdf(of: county.appendingPathComponent("lists/kuasheng/370405.html"))
        #expect(booklet.pageCount == 3)
        #expect(booklet.isA4)
    }

    @Test func searchFromTheAddressFindsTheMatter() throws {
        let tmp = try TemporaryDirectory()
        let index = try site(in: tmp).appendingPathComponent("index.html")

        let dom = try Chromium.dumpDOM(Chromium.address(index, query: "社保卡"))
        #expect(dom.contains("<p id=\"result-count\">找到 1 项与“社保卡”相关的事项：</p>"))
        #expect(results(dom) == "<ol id=\"results\"><li><a href=\"matters/shili-shebaoka.html\">示例社会保障卡申领</a><span class=\"detail\">　公共服务 · 跨省通办（示例）、全省通办（示例）</span></li></ol>")
        #expect(dom.contains("<input id=\"q\" name=\"q\" type=\"search\""))

        // Matches in the name come before a match in a material (社会保障卡申领登记表).
        let several = try Chromium.dumpDOM(Chromium.address(index, query: "登记"))
        let links = (results(several) ?? "").components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(links == ["matters/shili-caogao.html", "matters/shili-diya.html", "matters/shili-shebaoka.html"])

        let none = try Chromium.dumpDOM(Chromium.address(index, query: "护照"))
        #expect(none.contains("<p id=\"result-count\">没有找到与“护照”相关的事项。</p>"))
        #expect(results(none) == "<ol id=\"results\"></ol>")
    }

    /// A region's name finds the matters implemented there: the index gives names once and each
    /// matter's regions as runs over them.
    @Test func searchByRegionFindsItsMatters() throws {
        let tmp = try TemporaryDirectory()
        let index = try site(in: tmp).appendingPathComponent("index.html")
        func found(_ query: String) throws -> [Substring] {
            let dom = try Chromium.dumpDOM(Chromium.address(index, query: query))
            return (results(dom) ?? "").components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        }
        // 滕州市 implements only 示例社会保障卡申领; 台儿庄区 all four.
        #expect(try found("滕州") == ["matters/shili-shebaoka.html"])
        #expect(try found("台儿庄区") == ["matters/shili-caogao.html", "matters/shili-diya.html", "matters/shili-lianban.html", "matters/shili-shebaoka.html"])
        #expect(try found("滕州 登记") == ["matters/shili-shebaoka.html"], "a region and a material")
        #expect(try found("滕州 抵押") == [], "滕州市 has no 不动产抵押登记")
    }

    /// The text a reader sees in an HTML text's first `<article>` with `marker` in its start tag:
    /// tags dropped, entities decoded, white space folded.
    private func visibleText(_ html: String, article marker: String) throws -> String {
        let open = try #require(html.components(separatedBy: "<article").dropFirst().first { $0.prefix { $0 != ">" }.contains(marker) })
        let inner = try #require(open.components(separatedBy: "</article>").first).drop { $0 != ">" }.dropFirst()
        // Block tags separate words; inline ones (span, a, strong) do not.
        var text = "", tag = "", inTag = false
        for ch in inner {
            if ch == "<" {
                inTag = true
                tag = ""
            } else if ch == ">" {
                inTag = false
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if !["span", "a", "strong", "em", "b"].contains(String(name)) { text += " " }
            } else if inTag {
                tag.append(ch)
            } else {
                text.append(ch)
            }
        }
        for (entity, ch) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: ch)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Picking a region on a matter page (`?region=`) shows the same checklist, word for word,
    /// as `tongban checklist MATTER --region CODE`; for every matter and region of the fixture.
    @Test func regionPickerShowsTheCLIChecklist() throws {
        let tmp = try TemporaryDirectory()
        let root = try site(in: tmp)
        // 370481: two windows, no region file (no 通办专窗 row), its own complaint phone;
        // 370405 shili-lianban and shili-caogao: no window of their own (the 通办专窗 are the
        // windows) and the region file's complaint phone.
        let cases = [("shili-shebaoka", "370405"), ("shili-shebaoka", "370481"), ("shili-lianban", "370405"),
                     ("shili-diya", "370405"), ("shili-caogao", "370405")]
        for (matter, region) in cases {
            let cli = try CLI.run(["checklist", matter, "--region", region, "--format", "html", "--registry", ChecklistFixture.registry.path])
            try #require(cli.status == 0, "\(cli.stderr)")
            let page = root.appendingPathComponent("matters/\(matter).html")
            let dom = try Chromium.dumpDOM(page.absoluteString + "?region=" + region)
            #expect(dom.contains("<article class=\"sheet\" id=\"regional\">") || dom.contains("<article class=\"sheet is-draft\" id=\"regional\">"),
                    "the sheet is shown: \(matter) \(region)")
            #expect(dom.contains("<body class=\"has-region\">"), "\(matter) \(region)")
            let shown = try visibleText(dom, article: "id=\"regional\"")
            let printed = try visibleText(cli.stdout, article: "sheet")
            #expect(shown == printed, "\(matter) \(region)")
            #expect(shown.contains("实施地区：") && shown.contains("（\(region)）"))
        }
        // Without a region the page shows the standard only; an unknown one says so.
        let plain = try Chromium.dumpDOM(Chromium.address(root.appendingPathComponent("matters/shili-shebaoka.html")))
        #expect(plain.contains("id=\"regional\" hidden=\"\""))
        #expect(plain.contains("<a href=\"../checklists/shili-shebaoka/standard.html\" class=\"checklist\">"))
        #expect(plain.contains("<option value=\"370481\">滕州市（370481）</option>"))
        let unknown = try Chromium.dumpDOM(root.appendingPathComponent("matters/shili-shebaoka.html").absoluteString + "?region=999999")
        #expect(unknown.contains("没有地区“999999”的实施信息。"))
        let standard = try Chromium.dumpDOM(Chromium.address(root.appendingPathComponent("checklists/shili-shebaoka/standard.html")))
        #expect(standard.contains("<h1>示例社会保障卡申领一次性告知单</h1>"))
    }

    /// The region's site has its checklists as static pages: each matter's page is the
    /// region's checklist, word for word the CLI's.
    @Test func regionSiteHasStaticChecklists() throws {
        let tmp = try TemporaryDirectory()
        let out = tmp.url.appendingPathComponent("county")
        let result = try CLI.run(["site", "-o", out.path, "--region", "370481", "--registry", ChecklistFixture.registry.path])
        try #require(result.status == 0, "\(result.stderr)")
        let page = try Chromium.dumpDOM(Chromium.address(out.appendingPathComponent("matters/shili-shebaoka.html")))
        #expect(page.contains("<h1>示例社会保障卡申领一次性告知单</h1>"))
        #expect(page.contains("实施地区：滕州市（370481）"))
        let cli = try CLI.run(["checklist", "shili-shebaoka", "--region", "370481", "--format", "html", "--registry", ChecklistFixture.registry.path])
        try #require(cli.status == 0, "\(cli.stderr)")
        #expect(try visibleText(page, article: "id=\"regional\"") == (try visibleText(cli.stdout, article: "sheet")))
    }

    @Test func screenshotOfTheCatalogue() throws {
        let tmp = try TemporaryDirectory()
        let index = try site(in: tmp).appendingPathComponent("index.html")
        let png = tmp.url.appendingPathComponent("site.png")
        try Chromium.screenshot(Chromium.address(index, query: "社保卡"), to: png, width: 1100, height: 560)
        let data = try Data(contentsOf: png)
        let size = try #require(pngSize(data))
        #expect(size.width == 1100 && size.height == 560)
        if Self.updatingImages { try save(data, as: "site.png") }
    }

    // MARK: - The supervision page

    /// The report of the 免提交 fixture (overdue entries, a cancelled matter, rates) as HTML.
    private func supervisionPage(in directory: TemporaryDirectory) throws -> URL {
        let html = directory.url.appendingPathComponent("supervision.html")
        let registry = CLI.packageRoot.appendingPathComponent("Tests/TongbanKitTests/Fixtures/exemption")
        let result = try CLI.run(["report", "--as-of", "2022-01-01", "--format", "html", "--lang", "zh", "-o", html.path, "--registry", registry.path])
        try #require(result.status == 0, "\(result.stderr)")
        return html
    }

    @Test func supervisionPageRendersWithItsChartsAndNoConsoleErrors() throws {
        let tmp = try TemporaryDirectory()
        let page = try supervisionPage(in: tmp)
        let dom = try Chromium.dumpDOM(Chromium.address(page))
        #expect(dom.contains("<table class=\"matrix\">"))
        #expect(dom.contains("<td class=\"cell late\" title=\"逾期未实施：yingye 营业执照变更、kong 无材料事项\">0/2<span class=\"mark\"> ⚠2</span></td>"))
        // The SVG was parsed as SVG: the browser serializes its elements in the SVG namespace.
        #expect(dom.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(dom.contains("<rect x=\"230\" y=\"21\" width=\"180\" height=\"12\" class=\"bar\"></rect>"))
        #expect(try Chromium.consoleMessages(Chromium.address(page)) == [])
    }

    /// The console check can fail: a page that logs an error is caught.
    @Test func consoleCheckCatchesAnError() throws {
        let tmp = try TemporaryDirectory()
        let page = tmp.url.appendingPathComponent("bad.html")
        try "<!DOCTYPE html><html><body><script>console.error('broken page')</script></body></html>".write(to: page, atomically: true, encoding: .utf8)
        let messages = try Chromium.consoleMessages(Chromium.address(page))
        #expect(messages.contains { $0.contains("broken page") }, "\(messages)")
    }

    @Test func supervisionPagePrintsOnA4() throws {
        let tmp = try TemporaryDirectory()
        let facts = try pdf(of: try supervisionPage(in: tmp))
        #expect(facts.pageCount == 1)
        // Landscape A4: 841.89 × 595.28 pt.
        #expect(facts.pageSizes.allSatisfy { abs($0.width - 841.89) < 1.5 && abs($0.height - 595.28) < 1.5 }, "\(facts.pageSizes)")
        #expect(facts.usesOnlyNotoCJK, "fonts: \(facts.fonts)")
    }

    @Test func screenshotOfTheSupervisionPage() throws {
        let tmp = try TemporaryDirectory()
        let page = try supervisionPage(in: tmp)
        let png = tmp.url.appendingPathComponent("supervision.png")
        try Chromium.screenshot(Chromium.address(page), to: png, width: 1100, height: 900)
        let data = try Data(contentsOf: png)
        let size = try #require(pngSize(data))
        #expect(size.width == 1100 && size.height == 900)
        if Self.updatingImages { try save(data, as: "supervision.png") }
    }

    /// Keeps a screenshot for the README (`TONGBAN_UPDATE_GOLDEN=1`).
    private func save(_ png: Data, as name: String) throws {
        try FileManager.default.createDirectory(at: Self.docsImages, withIntermediateDirectories: true)
        try png.write(to: Self.docsImages.appendingPathComponent(name))
    }
}
