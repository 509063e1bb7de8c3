import Foundation
import Testing

/// What CI can trust `tongban diff` with: an unreadable side never passes as "no differences",
/// a damaged repository stops the run, and what changed is said with its values.
@Suite struct DiffTrustTests {
    typealias Fixture = DiffCommandTests

    /// `v1` as DiffCommandTests has it, and `v2` with one list file that does not parse.
    static func brokenList() throws -> TemporaryDirectory {
        let repo = try Fixture.repository()
        try repo.write(["standards/lists/kuasheng.yaml": "name: 跨省通办\nentries: [\n"])
        try repo.commit(tag: "broken")
        return repo
    }

    @Test func anUnparsableFileOnEitherSideExitsOneAndIsSaidFirst() throws {
        let repo = try Self.brokenList()
        for arguments in [["diff", "v2", "broken", "--lang", "en"], ["diff", "broken", "v2", "--lang", "en"], ["diff", "v2", "broken", "--exit-code", "--lang", "en"]] {
            let result = try CLI.run(arguments, in: repo.url)
            #expect(result.status == 1, "\(arguments)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count > 2 && lines[1] == "Warning: these files could not be parsed and were left out; the comparison is incomplete", "\(result.stdout)")
        }
        let markdown = try CLI.run(["diff", "v2", "broken", "--format", "markdown", "--lang", "en"], in: repo.url)
        #expect(markdown.status == 1)
        #expect(markdown.stdout.hasPrefix("### Changes to the 通办 lists: v2 → broken\n\n**Warning: these files could not be parsed"), "\(markdown.stdout)")
        let json = try CLI.run(["diff", "v2", "broken", "--format", "json"], in: repo.url)
        #expect(json.status == 1)
    }

    @Test func aMissingTreeOrBlobObjectStopsTheRun() throws {
        for (object, path) in [("v1:standards/matters", "matters/"), ("v1:standards/matters/hukou.yaml", "matters/hukou.yaml")] {
            let repo = try Fixture.repository()
            try repo.write(["standards/matters/hukou.yaml": Fixture.matter("户口迁移", promised: "3个工作日")])
            try repo.commit(tag: "v3")
            let id = try repo.git("rev-parse", object).trimmingCharacters(in: .whitespacesAndNewlines)
            try FileManager.default.removeItem(at: repo.url.appendingPathComponent(".git/objects/\(id.prefix(2))/\(id.dropFirst(2))"))
            let result = try CLI.run(["diff", "v1", "v3", "--lang", "en"], in: repo.url)
            #expect(result.status == 2, "\(object): \(result.stdout)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "tongban: the git repository is damaged: object \(id) (\(path)) is missing; run git fsck\n")
        }
    }

    @Test func changedValuesAreShownOldToNew() throws {
        let repo = try Fixture.repository()
        let changed = Fixture.matter("户口迁移", promised: "3个工作日")
            .replacingOccurrences(of: "modes: [全程网办]", with: "modes: [全程网办, 代收代办]")
            .replacingOccurrences(of: "{name: 居民身份证, form: 原件, required: 必要}", with: "{name: 居民身份证, form: 原件和复印件, required: 必要}")
        try repo.write(["standards/matters/hukou.yaml": changed])
        try repo.commit(tag: "v3")
        let text = try CLI.run(["diff", "v2", "v3", "--lang", "zh"], in: repo.url)
        #expect(text.stdout.contains("通办模式：全程网办 → 全程网办、代收代办"), "\(text.stdout)")
        #expect(text.stdout.contains("申请材料[居民身份证].form：原件 → 原件和复印件"), "\(text.stdout)")
        #expect(text.stdout.contains("办结时限：承诺 5个工作日 → 3个工作日"), "\(text.stdout)")
        let json = try CLI.run(["diff", "v2", "v3", "--format", "json"], in: repo.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lists = try #require(object["lists"] as? [[String: Any]])
        let change = try #require((lists.first?["changed"] as? [[String: Any]])?.first)
        let values = try #require(change["values"] as? [[String: String]])
        #expect(values == [
            ["field": "modes", "old": "全程网办", "new": "全程网办、代收代办"],
            ["field": "materials[居民身份证].form", "old": "原件", "new": "原件和复印件"],
            ["field": "time_limit.promised", "old": "5个工作日", "new": "3个工作日"],
        ])
    }

    @Test func aFileRenamedWithTheSameStandardIsARename() throws {
        let repo = try Fixture.repository()
        try FileManager.default.moveItem(at: repo.url.appendingPathComponent("standards/matters/hukou.yaml"), to: repo.url.appendingPathComponent("standards/matters/hukou-qianyi.yaml"))
        try repo.write(["standards/lists/kuasheng.yaml": Fixture.list([("shebaoka", "2020"), ("hukou-qianyi", "2021")])])
        try repo.commit(tag: "v3")
        let text = try CLI.run(["diff", "v2", "v3", "--lang", "zh"], in: repo.url)
        #expect(text.stdout.contains("跨省通办：新增 0 项，取消 0 项，调整 0 项"), "\(text.stdout)")
        #expect(text.stdout.contains("= 更换标识 hukou-qianyi 户口迁移：原标识 hukou，标准未变"), "\(text.stdout)")
        let json = try CLI.run(["diff", "v2", "v3", "--format", "json"], in: repo.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let list = try #require((object["lists"] as? [[String: Any]])?.first)
        #expect((list["added"] as? [Any])?.isEmpty == true)
        #expect((list["removed"] as? [Any])?.isEmpty == true)
        #expect(list["renamed"] as? [[String: String]] == [["from": "hukou", "to": "hukou-qianyi", "name": "户口迁移", "batch": "2021"]])
    }

    @Test func controlCharactersInNamesAreEscapedInText() throws {
        let repo = try Fixture.repository()
        try repo.write([
            "standards/matters/evil.yaml": Fixture.matter("\"恶意\\e[2J\\e]0;x\\a名称\""),
            "standards/lists/kuasheng.yaml": Fixture.list([("shebaoka", "2020"), ("hukou", "2021"), ("evil", "2021")]),
        ])
        try repo.commit(tag: "v3")
        let text = try CLI.run(["diff", "v2", "v3", "--lang", "en"], in: repo.url)
        #expect(!text.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.stdout.contains("恶意\\u{1B}[2J\\u{1B}]0;x\\u{7}名称"), "\(text.stdout)")
    }
}
