import Testing
@testable import TongbanKit

@Suite struct SiteManifestTests {
    @Test func roundTripsAndSorts() {
        let files = ["search.js", "index.html", "matters/x.html", "checklists/x/370405.html"].map { SiteFile(path: $0, contents: "") }
        let manifest = SiteManifest(files)
        #expect(manifest.paths == ["checklists/x/370405.html", "index.html", "matters/x.html", "search.js"])
        #expect(SiteManifest.parse(manifest.text) == manifest)
        #expect(manifest.text.hasPrefix("# "))
    }

    @Test func staleIsWhatThePreviousRunWroteAndThisOneDoesNot() {
        let previous = SiteManifest(paths: ["index.html", "matters/a.html", "matters/b.html", "checklists/b/370405.html"])
        let current = SiteManifest(paths: ["index.html", "matters/a.html", "matters/c.html"])
        #expect(current.stale(since: previous) == ["checklists/b/370405.html", "matters/b.html"])
        #expect(current.stale(since: current).isEmpty)
        #expect(current.stale(since: SiteManifest(paths: [])).isEmpty)
    }

    @Test(arguments: ["../x", "/etc/passwd", "a/../../x", "./a", "a//b", "a/", "", "# comment", "a\\b", ".tongban-site", "a/./b"])
    func unsafeLinesAreIgnored(line: String) {
        #expect(SiteManifest.parse("index.html\n\(line)\n").paths == ["index.html"])
    }

    @Test func crlfLinesAreRead() {
        #expect(SiteManifest.parse("# c\r\nindex.html\r\nmatters/a.html\r\n").paths == ["index.html", "matters/a.html"])
    }
}
