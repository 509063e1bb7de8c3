import Foundation
import Testing
@testable import TongbanKit

/// The messy fixture registry holds every kind of non-canonical spelling; formatted, it must be
/// exactly the golden copy under `Golden/messy/`.
@Suite struct MessyFixtureTests {
    static let messy = Resources.fixture("messy")

    /// Every `non-canonical` finding of the messy registry: `file:line:column-endLine:endColumn`.
    static let expectedSpans = [
        "catalog/divisions.yaml:3:9-3:17",
        "lists/kuasheng.yaml:7:11-7:26",
        "lists/kuasheng.yaml:8:10-8:20",
        "lists/kuasheng.yaml:9:9-9:15",
        "lists/kuasheng.yaml:10:11-10:20",
        "lists/kuasheng.yaml:11:10-11:22",
        "lists/kuasheng.yaml:16:13-16:18",
        "lists/quansheng.yaml:5:23-5:32",
        "matters/hukou.yaml:7:5-7:11",
        "matters/hukou.yaml:8:5-8:11",
        "matters/hukou.yaml:12:11-12:14",
        "matters/hukou.yaml:13:11-13:17",
        "matters/hukou.yaml:14:13-14:18",
        "matters/hukou.yaml:15:15-15:17",
        "matters/hukou.yaml:16:11-16:16",
        "matters/hukou.yaml:17:13-17:16",
        "matters/hukou.yaml:19:14-19:20",
        "matters/hukou.yaml:20:13-20:19",
        "matters/hukou.yaml:22:6-22:7",
        "matters/hukou.yaml:25:9-25:11",
        "matters/jiashizheng.yaml:12:5-13:14",
        "matters/jiashizheng.yaml:14:13-14:17",
        "matters/jiashizheng.yaml:18:15-18:22",
        "matters/jiashizheng.yaml:19:12-19:26",
        "matters/shebaoka.yaml:2:7-2:18",
        "matters/shebaoka.yaml:3:15-3:20",
        "matters/shebaoka.yaml:9:9-9:13",
        "matters/shebaoka.yaml:9:15-9:21",
        "matters/shebaoka.yaml:10:12-10:14",
        "matters/shebaoka.yaml:16:5-19:1",
        "matters/shebaoka.yaml:22:11-22:14",
        "matters/shebaoka.yaml:23:11-23:17",
        "matters/shebaoka.yaml:24:13-24:18",
        "matters/shebaoka.yaml:25:13-25:15",
        "matters/shebaoka.yaml:26:15-26:17",
        "matters/shebaoka.yaml:29:11-29:16",
        "matters/shebaoka.yaml:31:13-31:16",
        "matters/shebaoka.yaml:33:15-33:17",
        "matters/shebaoka.yaml:35:11-35:20",
        "matters/shebaoka.yaml:36:11-36:15",
        "matters/shebaoka.yaml:37:15-37:18",
        "matters/shebaoka.yaml:38:11-38:19",
        "matters/shebaoka.yaml:41:5-43:14",
        "matters/shebaoka.yaml:44:13-44:33",
        "matters/shebaoka.yaml:47:6-47:8",
        "matters/shebaoka.yaml:49:9-49:24",
        "matters/shebaoka.yaml:56:5-56:13",
        "matters/xueli.yaml:6:9-6:15",
        "matters/xueli.yaml:11:11-11:17",
        "matters/xueli.yaml:12:13-12:18",
        "matters/xueli.yaml:13:11-13:16",
        "matters/xueli.yaml:15:25-15:46",
        "matters/xueli.yaml:15:58-15:63",
        "matters/xueli.yaml:17:6-17:7",
        "regions/370405/hukou.yaml:2:8-2:20",
        "regions/370405/hukou.yaml:4:11-4:16",
        "regions/370405/shebaoka.yaml:3:14-3:32",
        "regions/370405/shebaoka.yaml:4:12-4:23",
        "regions/370405/shebaoka.yaml:7:14-7:28",
        "regions/370405/shebaoka.yaml:8:12-8:28",
        "regions/370405/shebaoka.yaml:9:8-9:21",
        "regions/370405/shebaoka.yaml:10:18-10:28",
        "regions/370405/shebaoka.yaml:11:13-11:47",
        "regions/370405/shebaoka.yaml:12:11-12:16",
        "regions/370405/xueli.yaml:2:11-2:15",
        "registry.yaml:3:7-3:24",
        "registry.yaml:4:15-4:23",
        "registry.yaml:6:5-6:14",
    ]

    @Test func formatsToTheGoldenFiles() throws {
        let scratch = try ScratchFolder(copying: Self.messy)
        let changed = try formatRegistry(at: scratch.url)
        #expect(changed.count == 11)
        let files = yamlFiles(in: scratch.url)
        #expect(files == yamlFiles(in: Self.messy))
        for path in files {
            try Resources.expectGolden(try scratch.read(path), "messy/" + path)
        }
    }

    @Test func lintReportsEachSpellingAtItsSpan() throws {
        let registry = try RegistryLoader.load(from: DirectorySource(root: Self.messy.path))
        #expect(registry.diagnostics.filter { $0.severity == .error }.isEmpty, "\(registry.diagnostics)")
        let spans = registry.diagnostics.filter { $0.rule == .nonCanonical }.map { d in
            "\(d.file):\(d.range.start.line):\(d.range.start.column)-\(d.range.end.line):\(d.range.end.column)"
        }
        #expect(spans == Self.expectedSpans)
    }

    @Test func messagesSayWhatTheValueBecomes() throws {
        let registry = try RegistryLoader.load(from: DirectorySource(root: Self.messy.path))
        let messages = registry.diagnostics.filter { $0.rule == .nonCanonical }.map(\.message.en)
        #expect(messages.contains("“二十个工作日” → “20个工作日” (tongban fmt fixes it)"))
        #expect(messages.contains("“{days: 5, unit: 工作日}” → “5个工作日” (tongban fmt fixes it)"))
        #expect(messages.contains("“身份证” → “居民身份证”: the canonical material name in catalog/materials.yaml is “居民身份证” (tongban fmt fixes it)"))
        let zh = registry.diagnostics.filter { $0.rule == .nonCanonical }.map(\.message.zh)
        #expect(zh.contains("“免费” → “不收费”（规范写法，tongban fmt 可修正）"))
    }

    @Test func afterFormattingLintFindsNothingNonCanonicalAndModelsAreEqual() throws {
        let scratch = try ScratchFolder(copying: Self.messy)
        try formatRegistry(at: scratch.url)
        let before = try RegistryLoader.load(from: DirectorySource(root: Self.messy.path))
        let after = try RegistryLoader.load(from: DirectorySource(root: scratch.path))
        #expect(after.diagnostics.filter { $0.rule == .nonCanonical }.isEmpty)
        #expect(after.diagnostics.map(\.rule) == before.diagnostics.filter { $0.rule != .nonCanonical }.map(\.rule))
        #expect(after.manifest == before.manifest)
        #expect(after.lists == before.lists)
        #expect(after.matters == before.matters)
        #expect(after.implementations == before.implementations)
        #expect(after.catalog == before.catalog)
    }

    @Test func formattingKeepsEveryCommentText() throws {
        let scratch = try ScratchFolder(copying: Self.messy)
        try formatRegistry(at: scratch.url)
        for path in yamlFiles(in: Self.messy) {
            let before = try String(contentsOf: Self.messy.appendingPathComponent(path), encoding: .utf8)
            let after = try scratch.read(path)
            for line in commentLines(before) {
                #expect(commentLines(after).contains(line), "\(path): \(line)")
            }
            for line in before.split(separator: "\n") {
                guard let marker = line.range(of: " # ") else { continue }
                let comment = String(line[line.index(after: marker.lowerBound)...])
                #expect(after.contains(comment), "\(path): \(comment)")
            }
        }
    }

    /// The messy fixture and its golden copy: a second run changes nothing.
    @Test(arguments: ["Fixtures/messy", "Golden/messy"])
    func secondRunChangesNothing(folder: String) throws {
        let source = (Bundle.module.resourceURL ?? Resources.sourceFolder).appendingPathComponent(folder)
        let scratch = try ScratchFolder(copying: source)
        try formatRegistry(at: scratch.url)
        let once = try yamlFiles(in: scratch.url).map { try scratch.read($0) }
        let location = try RegistryLocation.locate(paths: [scratch.path], cwd: "/")
        let again = try RegistryFormatter.plan(location)
        #expect(again.allSatisfy { $0.status == .unchanged }, "\(again.filter { $0.status != .unchanged }.map(\.path))")
        try formatRegistry(at: scratch.url)
        #expect(try yamlFiles(in: scratch.url).map { try scratch.read($0) } == once)
    }
}
