import Foundation
import Testing
import TongbanKit

/// The synthetic registries under `Fixtures/` and the date their checklists are printed with.
enum RenderFixtures {
    /// A fixed revision date, so rendered output is the same on every run.
    static let revisionDate = CalendarDate(year: 2024, month: 5, day: 1)

    /// The registry in `Fixtures/<name>`, loaded as `tongban` loads one.
    static func registry(_ name: String = "checklist-registry") throws -> Registry {
        let root = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(name)")
        return try RegistryLoader.load(from: DirectorySource(root: root.path))
    }

    /// A synthetic registry (so marked) of one draft matter, `hecheng`, implemented by `count`
    /// regions (990101, 990102, …, each named 合成N区), every one with its own window, the same
    /// office hours and the same complaint hotline.
    static func manyRegions(_ count: Int) -> [String: String] {
        var divisions = "# 合成示例\n- code: \"990000\"\n  name: 合成省\n"
        var files = [
            "registry.yaml": "schema: 1\nname: 合成多地区标准库\njurisdiction: \"990000\"\n",
            "matters/hecheng.yaml": "name: 合成事项\nstatus: 草稿\nsources: [合成来源]\n",
        ]
        for n in 1...count {
            let code = "9901" + (n < 10 ? "0" : "") + String(n)
            divisions += "- code: \"\(code)\"\n  name: 合成\(n)区\n  parent: \"990000\"\n"
            files["regions/\(code)/hecheng.yaml"] = """
                agency: 合成\(n)区行政审批服务局
                windows:
                  - name: 通办专窗
                    address: 合成\(n)区合成路\(n)号
                    hours: 周一至周五 9:00-17:00
                complaint_phone: "12345"
                sources: [合成来源]

                """
        }
        files["catalog/divisions.yaml"] = divisions
        return files
    }

    /// A registry held in memory: `files` maps paths inside it to their text.
    static func registry(files: [String: String]) throws -> Registry {
        try RegistryLoader.load(from: InMemorySource(texts: files))
    }
}

/// Expected rendered output in `Golden/`; `TONGBAN_UPDATE_GOLDEN=1` rewrites the files in the
/// source tree from what the code renders now (review the diff before committing).
enum GoldenFile {
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["TONGBAN_UPDATE_GOLDEN"] == "1" }

    /// Checks `actual` against `Golden/<name>`, naming the first line that differs.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            try Data(actual.utf8).write(to: sourceFolder.appendingPathComponent(name))
            return
        }
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Golden/\(name)")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file Golden/\(name): run TONGBAN_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = line < a.count ? a[line] : "<end of output>"
        let want = line < e.count ? e[line] : "<end of file>"
        Issue.record("Golden/\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}
