import Foundation
import Testing
@testable import TongbanKit

/// A `<script>`, quotes and ampersands in every free-text field of a registry come out as
/// text in every format: escaped in HTML, inert in markdown.
@Suite struct EscapingTests {
    /// The text put into field `n`: a script tag, both quotes, an ampersand, and markdown's table and emphasis marks.
    static func payload(_ n: Int) -> String { "<script>x=\"f\(n)'&|*\"</script>" }
    static func yaml(_ n: Int) -> String { "'" + payload(n).replacingOccurrences(of: "'", with: "''") + "'" }
    static func html(_ n: Int) -> String { "&lt;script&gt;x=&quot;f\(n)&#39;&amp;|*&quot;&lt;/script&gt;" }
    static func markdown(_ n: Int) -> String { "&lt;script&gt;x=\"f\(n)'&amp;\\|\\*\"&lt;/script&gt;" }

    static let onlineURL = "https://zwfw.example.cn/shebaoka?a=1&b='c'"

    /// Fields 1–23 hold payloads; 21 (the list's basis) shows only in booklets, 24 (the registry's name) only on the site.
    static let files: [String: String] = {
        let y = yaml
        return [
            "registry.yaml": "schema: 1\nname: \(y(24))\njurisdiction: \"370000\"\n",
            "catalog/divisions.yaml": "- code: \"370000\"\n  name: 山东省\n- code: \"370405\"\n  name: \(y(22))\n  parent: \"370000\"\n",
            "catalog/licenses.yaml": "- id: resident-id-card\n  name: \(y(23))\n",
            "catalog/materials.yaml": "[]\n",
            "lists/kuasheng.yaml": """
                name: \(y(19))
                scope: 全国
                basis: [\(y(21))]
                batches:
                  - id: "2021"
                    name: \(y(20))
                entries:
                  - matter: shili
                    batch: "2021"

                """,
            "matters/shili.yaml": """
                name: \(y(1))
                type: 公共服务
                department: \(y(2))
                status: 在用
                basis: [\(y(3))]
                modes: [全程网办]
                conditions: [\(y(4))]
                situations: [\(y(5))]
                materials:
                  - name: \(y(6))
                    note: \(y(7))
                    license: resident-id-card
                    situations: [\(y(5))]
                time_limit:
                  statutory: 20个工作日
                  promised: 5个工作日
                  note: \(y(14))
                visits: 0
                fee:
                  - item: \(y(11))
                    standard: \(y(12))
                    basis: \(y(13))
                result:
                  name: \(y(8))
                  type: 证照
                  delivery: [\(y(9))]
                process: [\(y(10))]
                sources: [合成示例]

                """,
            "regions/370405/shili.yaml": """
                agency: \(y(15))
                windows:
                  - name: \(y(16))
                    address: \(y(17))
                    hours: \(y(18))
                online_url: "\(onlineURL)"
                sources: [合成示例]

                """,
        ]
    }()

    static let checklistFields = Array(1...20) + [22, 23]

    private func checklist() throws -> (Checklist, ChecklistBuilder) {
        let registry = try RenderFixtures.registry(files: Self.files)
        #expect(registry.diagnostics.filter { $0.severity == .error }.isEmpty, "\(registry.diagnostics)")
        let builder = ChecklistBuilder(registry: registry)
        let c = try builder.checklist(for: try builder.matter("shili"), region: try builder.region("370405"), revisionDate: RenderFixtures.revisionDate)
        return (c, builder)
    }

    @Test func everyFieldIsEscapedInHTML() throws {
        let (c, builder) = try checklist()
        let booklet = try builder.booklet(list: try builder.list("kuasheng"), region: try builder.region("370405"))
        for (html, fields) in [(HTMLChecklistRenderer.render(c), Self.checklistFields), (HTMLChecklistRenderer.render(booklet), Self.checklistFields + [21])] {
            for n in fields {
                #expect(html.contains(Self.html(n)), "field \(n) is not escaped")
            }
            #expect(!html.contains("<script"))
            #expect(!html.contains("</script"))
            #expect(!html.contains("'&"))
            #expect(!html.contains("x=\"f"))
            #expect(html.contains("<a href=\"https://zwfw.example.cn/shebaoka?a=1&amp;b=&#39;c&#39;\">"))
        }
    }

    @Test func everyFieldIsInertInMarkdown() throws {
        let (c, builder) = try checklist()
        let booklet = try builder.booklet(list: try builder.list("kuasheng"), region: try builder.region("370405"))
        for (markdown, fields) in [(MarkdownChecklistRenderer.render(c), Self.checklistFields), (MarkdownChecklistRenderer.render(booklet), Self.checklistFields + [21])] {
            for n in fields {
                #expect(markdown.contains(Self.markdown(n)), "field \(n) is not escaped")
            }
            #expect(!markdown.contains("<script"))
            #expect(!markdown.contains("</script"))
            // Every row of the materials table still has its eight cell borders: no `|` from a value splits a cell.
            let materialRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| 1 |") }
            #expect(materialRows.count == 1)
            #expect(materialRows.allSatisfy { row in row.filter { $0 == "|" }.count - row.components(separatedBy: "\\|").count + 1 == 8 })
        }
    }

    @Test func everyFieldIsEscapedOnTheSite() throws {
        let registry = try RenderFixtures.registry(files: Self.files)
        let files = CatalogueSite.build(registry)
        for file in files where file.path.hasSuffix(".html") {
            #expect(!file.contents.contains("<script>"), "\(file.path)")
            #expect(!file.contents.contains("x=\"f"), "\(file.path)")
        }
        let index = try #require(files.first { $0.path == "index.html" }).contents
        #expect(index.contains(Self.html(24)))
        #expect(index.components(separatedBy: "<script").count - 1 == 2)
        let matterPage = try #require(files.first { $0.path == "matters/shili.html" }).contents
        for n in Self.checklistFields {
            #expect(matterPage.contains(Self.html(n)) || [15, 16, 17, 18].contains(n), "field \(n) on the matter page")
        }
        // The index script is JSON after the assignment, and keeps the payload as data.
        let script = try #require(files.first { $0.path == "search-index.js" }).contents
        let prefix = "// 由 tongban site 生成：事项检索索引。\nwindow.TONGBAN_INDEX = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let searchIndex = try #require(try SiteData.script(script, global: "TONGBAN_INDEX") as? [String: Any])
        #expect((searchIndex["matters"] as? [[String: Any]])?.first?["name"] as? String == Self.payload(1))
        #expect(searchIndex["regions"] as? [String] == [Self.payload(22)])
        // regions.js keeps the division's name as data too.
        let regions = try SiteData.regions(files)
        #expect(regions["370405"]?.first as? String == Self.payload(22) + "（370405）")
        for path in ["search-index.js", "regions.js"] {
            let text = try #require(files.first { $0.path == path }).contents
            #expect(!text.contains("<"), "\(path): every < of a value is \\u003c")
            #expect(!text.contains(">") && !text.contains("&"), "\(path)")
        }
    }

    /// The site's data files are scripts: a value can neither end the script element of a page
    /// (`</script>`, `<!--`) nor a string literal (U+2028, U+2029 end a line in older engines).
    @Test func scriptDataStaysInsideItsStrings() throws {
        let hostile = "</script><!--\u{2028}\u{2029}\"\\&"
        let text = HTMLNode.scriptSafe(.object([("v", .array([.string(hostile)]))]))
        #expect(text == #"{"v":["\u003c/script\u003e\u003c!--\u2028\u2029\"\\\u0026"]}"#)
        let back = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [String]]
        #expect(back?["v"] == [hostile])
    }

    /// Steps, the region's 通办专窗 and its 帮办代办 contact (fields 30–35) in a 代收代办 and
    /// 多地联办 matter whose implementation names no window.
    static let handlingFiles: [String: String] = {
        let y = yaml
        var files = Self.files
        files["matters/shili.yaml"] = files["matters/shili.yaml"]?
            .replacingOccurrences(of: "modes: [全程网办]", with: "modes: [代收代办, 多地联办]")
            .replacingOccurrences(of: "process: [\(y(10))]\n", with: """
                process:
                  - {step: \(y(30)), by: 受理地, time: 1个工作日}
                  - {step: \(y(31)), by: 业务属地, time: 2个工作日}
                transfer: [寄递]

                """)
        files["regions/370405/shili.yaml"] = "agency: \(y(15))\nsources: [合成示例]\n"
        files["regions/370405/region.yaml"] = """
            windows:
              - name: \(y(32))
                address: \(y(33))
                phone: 0632-6610001
            assistance:
              name: \(y(34))
              address: \(y(35))
            sources: [合成示例]

            """
        return files
    }()

    @Test func stepsAndRegionContactsAreEscaped() throws {
        let registry = try RenderFixtures.registry(files: Self.handlingFiles)
        #expect(registry.diagnostics.filter { $0.severity == .error }.isEmpty, "\(registry.diagnostics)")
        let builder = ChecklistBuilder(registry: registry)
        let c = try builder.checklist(for: try builder.matter("shili"), region: try builder.region("370405"))
        #expect(c.showsStepTable)
        let html = HTMLChecklistRenderer.render(c)
        let markdown = MarkdownChecklistRenderer.render(c)
        for n in 30...35 {
            #expect(html.contains(Self.html(n)), "field \(n) is not escaped in HTML")
            #expect(markdown.contains(Self.markdown(n)), "field \(n) is not escaped in markdown")
        }
        for text in [html, markdown] { #expect(!text.contains("<script")) }
        #expect(!html.contains("x=\"f"))
        // Each row of the step table keeps its five borders.
        let stepRows = markdown.split(separator: "\n").filter { $0.contains("| 受理地（本窗口） |") || $0.contains("| 业务属地 |") }
        #expect(stepRows.count == 2)
        #expect(stepRows.allSatisfy { row in row.filter { $0 == "|" }.count - row.components(separatedBy: "\\|").count + 1 == 5 })
        let site = CatalogueSite.build(registry)
        let matterPage = try #require(site.first { $0.path == "matters/shili.html" }).contents
        #expect(!matterPage.contains("<script>"))
        for n in [30, 31] { #expect(matterPage.contains(Self.html(n)), "field \(n) on the matter page") }
        // The region's 通办专窗 and 帮办代办 are in regions.js, as data.
        let regions = try #require(site.first { $0.path == "regions.js" }).contents
        #expect(!regions.contains("<"))
        let entry = try #require(try SiteData.regions(site)["370405"])
        let texts = entry.flatMap { ($0 as? [String]) ?? [$0 as? String].compactMap { $0 } }
        for n in 32...35 { #expect(texts.contains { $0.contains(Self.payload(n)) }, "field \(n) in regions.js") }
    }

    @Test func textDropsControlCharacters() throws {
        var files = Self.files
        files["matters/shili.yaml"] = files["matters/shili.yaml"]?.replacingOccurrences(of: "department: \(Self.yaml(2))", with: "department: \"部门\\e[31m红\\a\"")
        let registry = try RenderFixtures.registry(files: files)
        let builder = ChecklistBuilder(registry: registry)
        let c = try builder.checklist(for: try builder.matter("shili"))
        #expect(c.department == "部门\u{1B}[31m红\u{07}")
        #expect(TextChecklistRenderer.render(c).contains("主管部门：部门[31m红\n"))
        #expect(MarkdownChecklistRenderer.render(c).contains("| 主管部门 | 部门\\[31m红 |"))
        #expect(HTMLChecklistRenderer.render(c).contains("<td>部门[31m红</td>"))
    }
}
