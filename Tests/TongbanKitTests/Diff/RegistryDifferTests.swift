import Foundation
import Testing
@testable import TongbanKit

@Suite struct RegistryDifferTests {
    /// The diff between two tags of the scenario repository, as compact JSON.
    static func json(_ repo: GitRepositoryFixture, _ old: String, _ new: String, list: String? = nil) throws -> (RegistryDiff, String) {
        let (repository, prefix) = try GitRepository.containing(repo.path + "/standards")
        return try json(repository, prefix, old, new, list: list)
    }

    static func json(_ repository: GitRepository, _ prefix: String, _ old: String, _ new: String, list: String? = nil) throws -> (RegistryDiff, String) {
        let oldSource = GitTreeSource(repository: repository, commit: try repository.resolve(old), prefix: prefix)
        let newSource = GitTreeSource(repository: repository, commit: try repository.resolve(new), prefix: prefix)
        let diff = try RegistryDiffer.diff(old: oldSource, new: newSource, list: list)
        let report = DiffReport(diff: diff, old: DiffEndpoint(.revision(old), displayRoot: "standards"), new: DiffEndpoint(.revision(new), displayRoot: "standards"))
        return (diff, DiffJSONRenderer.render(report, language: .zh, pretty: false))
    }

    static func list(_ id: String, _ name: String, added: String = "", removed: String = "", changed: String = "", moved: String = "", notice: String) -> String {
        #"{"list":"\#(id)","name":"\#(name)","added":[\#(added)],"removed":[\#(removed)],"changed":[\#(changed)],"moved":[\#(moved)],"notice":"\#(notice)"}"#
    }

    static let quanshengUnchanged = list("quansheng", "全省通办", notice: "全省通办：新增 0 项，取消 0 项，调整 0 项")
    static let kuashengUnchanged = list("kuasheng", "跨省通办", notice: "跨省通办：新增 0 项，取消 0 项，调整 0 项")
    static let noUnlisted = #""unlisted":{"added":[],"removed":[],"changed":[]}"#

    static func summary(added: Int = 0, removed: Int = 0, changed: Int = 0, moved: Int = 0, unlisted: Int = 0) -> String {
        #""summary":{"added":\#(added),"removed":\#(removed),"changed":\#(changed),"moved":\#(moved),"unlisted":\#(unlisted)}"#
    }

    static let shebaokaChange = #"{"matter":"shebaoka","name":"社会保障卡申领","fields":["materials","time_limit"],"materials":{"added":["户口簿"],"removed":["一寸照片"],"changed":["居民身份证"]},"time_limit":{"old":{"statutory":"20个工作日","promised":"5个工作日"},"new":{"statutory":"20个工作日","promised":"3个工作日"}},"values":[{"field":"materials[居民身份证].form","old":"原件","new":"原件和复印件"},{"field":"time_limit.promised","old":"5个工作日","new":"3个工作日"}]}"#

    /// Each step of the history, the whole way, a reformat, the unlisted standards, a broken file and its repair.
    static let expectations: [(old: String, new: String, json: String)] = [
        ("c0", "c1", #"{"old":"c0","new":"c1","lists":["#
            + list("kuasheng", "跨省通办", added: #"{"matter":"hukou","name":"户口迁移","batch":"2021"},{"matter":"paiwu","name":"排污许可","batch":"2020"}"#,
                   notice: "跨省通办：新增 2 项，取消 0 项，调整 0 项")
            + "," + quanshengUnchanged + "]," + summary(added: 2) + "," + noUnlisted + #","diagnostics":[],"schema_version":1}"#),
        ("c1", "c2", #"{"old":"c1","new":"c2","lists":["#
            + list("kuasheng", "跨省通办", removed: #"{"matter":"xueli","name":"学历公证","batch":"2020"}"#, notice: "跨省通办：新增 0 项，取消 1 项，调整 0 项")
            + "," + quanshengUnchanged + "]," + summary(removed: 1) + "," + noUnlisted + #","diagnostics":[],"schema_version":1}"#),
        ("c2", "c3", #"{"old":"c2","new":"c3","lists":["#
            + list("kuasheng", "跨省通办", moved: #"{"matter":"paiwu","name":"排污许可","from":"2020","to":"2021"}"#, notice: "跨省通办：新增 0 项，取消 0 项，调整 0 项，调整批次 1 项")
            + "," + quanshengUnchanged + "]," + summary(moved: 1) + "," + noUnlisted + #","diagnostics":[],"schema_version":1}"#),
        ("c3", "c4", #"{"old":"c3","new":"c4","lists":["#
            + list("kuasheng", "跨省通办", changed: shebaokaChange, notice: "跨省通办：新增 0 项，取消 0 项，调整 1 项")
            + "," + quanshengUnchanged + "]," + summary(changed: 1) + "," + noUnlisted + #","diagnostics":[],"schema_version":1}"#),
        ("c4", "c5", #"{"old":"c4","new":"c5","lists":["#
            + list("kuasheng", "跨省通办", changed: #"{"matter":"hukou","name":"户口迁移登记","fields":["name"],"renamed":{"from":"户口迁移","to":"户口迁移登记"},"values":[{"field":"name","old":"户口迁移","new":"户口迁移登记"}]}"#, notice: "跨省通办：新增 0 项，取消 0 项，调整 1 项")
            + "," + quanshengUnchanged + "]," + summary(changed: 1) + "," + noUnlisted + #","diagnostics":[],"schema_version":1}"#),
        ("c5", "c6", #"{"old":"c5","new":"c6","lists":["# + kuashengUnchanged + "," + quanshengUnchanged + "]," + summary() + "," + noUnlisted + #","diagnostics":[],"schema_version":1}"#),
        ("c6", "c7", #"{"old":"c6","new":"c7","lists":["# + kuashengUnchanged + "," + quanshengUnchanged + "]," + summary(unlisted: 3) + ","
            + #""unlisted":{"added":[{"matter":"gongjijin","name":"住房公积金提取"}],"removed":[{"matter":"xueli","name":"学历公证"}],"#
            + #""changed":[{"matter":"yidi","name":"异地就医备案","fields":["time_limit"],"time_limit":{"old":{"statutory":"20个工作日","promised":"5个工作日"},"new":{"statutory":"20个工作日","promised":"10个工作日"}},"values":[{"field":"time_limit.promised","old":"5个工作日","new":"10个工作日"}]}]},"#
            + #""diagnostics":[],"schema_version":1}"#),
        ("c0", "c7", #"{"old":"c0","new":"c7","lists":["#
            + list("kuasheng", "跨省通办",
                   added: #"{"matter":"hukou","name":"户口迁移登记","batch":"2021"},{"matter":"paiwu","name":"排污许可","batch":"2021"}"#,
                   removed: #"{"matter":"xueli","name":"学历公证","batch":"2020"}"#,
                   changed: shebaokaChange,
                   notice: "跨省通办：新增 2 项，取消 1 项，调整 1 项")
            + "," + quanshengUnchanged + "]," + summary(added: 2, removed: 1, changed: 1, unlisted: 2) + ","
            + #""unlisted":{"added":[{"matter":"gongjijin","name":"住房公积金提取"}],"removed":[],"#
            + #""changed":[{"matter":"yidi","name":"异地就医备案","fields":["time_limit"],"time_limit":{"old":{"statutory":"20个工作日","promised":"5个工作日"},"new":{"statutory":"20个工作日","promised":"10个工作日"}},"values":[{"field":"time_limit.promised","old":"5个工作日","new":"10个工作日"}]}]},"#
            + #""diagnostics":[],"schema_version":1}"#),
        ("c7", "c8", #"{"old":"c7","new":"c8","lists":["# + kuashengUnchanged + "," + quanshengUnchanged + "]," + summary() + "," + noUnlisted + ","
            + #""diagnostics":[{"side":"new","file":"standards/matters/hukou.yaml","line":3,"column":1,"end_line":3,"end_column":1,"severity":"error","rule":"yaml-syntax","message":"YAML 语法错误：while parsing a flow sequence did not find expected ',' or ']'"}],"schema_version":1}"#),
        ("c8", "c7", #"{"old":"c8","new":"c7","lists":["# + kuashengUnchanged + "," + quanshengUnchanged + "]," + summary() + "," + noUnlisted + ","
            + #""diagnostics":[{"side":"old","file":"standards/matters/hukou.yaml","line":3,"column":1,"end_line":3,"end_column":1,"severity":"error","rule":"yaml-syntax","message":"YAML 语法错误：while parsing a flow sequence did not find expected ',' or ']'"}],"schema_version":1}"#),
    ]

    @Test func everyStepOfTheHistory() throws {
        let repo = try DiffScenario.repository()
        for expected in Self.expectations {
            let (_, json) = try Self.json(repo, expected.old, expected.new)
            #expect(json == expected.json, "\(expected.old) → \(expected.new)")
        }
    }
}

extension RegistryDifferTests {
    @Test func unchangedBlobsAreNotParsed() throws {
        let repo = try DiffScenario.repository()
        let (repository, prefix) = try GitRepository.containing(repo.path + "/standards")
        let (repositoryDiff, _) = try Self.json(repository, prefix, "c3", "c4")
        // Lists and the manifest are unchanged: parsed once for both sides. Only the changed
        // matter is parsed, on each side; the catalog is read to canonicalize its materials. The
        // four other matters and the implementation (also changed) are not read at all.
        #expect(repositoryDiff.statistics.parsed == [
            "both:catalog/materials.yaml", "both:lists/kuasheng.yaml", "both:lists/quansheng.yaml", "both:registry.yaml",
            "new:matters/shebaoka.yaml", "old:matters/shebaoka.yaml",
        ])
        #expect(repositoryDiff.statistics.filesInScope == 9)
        #expect(repositoryDiff.statistics.unchangedFiles == 8)
        #expect(repository.blobsRead == 6)
    }

    @Test func blobsStreamedAreOnlyTheOnesParsed() throws {
        let repo = try GitRepositoryFixture()
        var files: [String: String] = [
            "registry.yaml": "schema: 1\nname: 大库\njurisdiction: \"370000\"\n",
            "lists/big.yaml": "name: 大清单\nscope: 全省\nbasis: [测试]\nentries:\n"
                + (0..<200).map { "  - matter: m\($0)\n" }.joined(),
        ]
        for i in 0..<200 { files["matters/m\(i).yaml"] = DiffScenario.matter("事项\(i)") }
        try repo.write(files)
        try repo.commit("200 matters", tag: "a")
        try repo.write(["matters/m7.yaml": DiffScenario.matter("事项7", promised: "2个工作日")])
        try repo.commit("one changed", tag: "b")

        let (repository, prefix) = try GitRepository.containing(repo.path)
        let diff = try RegistryDiffer.diff(
            old: GitTreeSource(repository: repository, commit: try repository.resolve("a"), prefix: prefix),
            new: GitTreeSource(repository: repository, commit: try repository.resolve("b"), prefix: prefix))
        #expect(diff.statistics.parsed == ["both:lists/big.yaml", "both:registry.yaml", "new:matters/m7.yaml", "old:matters/m7.yaml"])
        #expect(diff.statistics.unchangedFiles == 201)
        #expect(repository.blobsRead == 4)
        #expect(diff.lists.map(\.changed) == [[MatterChange(
            matter: "m7", name: "事项7", fields: ["time_limit"],
            timeLimit: .init(old: .init(statutory: "20个工作日", promised: "5个工作日"), new: .init(statutory: "20个工作日", promised: "2个工作日")),
            values: [ValueChange(field: "time_limit.promised", old: "5个工作日", new: "2个工作日")])]])
    }

    @Test func foldersCompareLikeRevisions() throws {
        let old = try RegistryFolderFixture(DiffScenario.registry(at: "c0"))
        let new = try RegistryFolderFixture(DiffScenario.registry(at: "c7"))
        let diff = try RegistryDiffer.diff(old: DirectorySource(root: old.path), new: DirectorySource(root: new.path))
        let repo = try DiffScenario.repository()
        let (fromGit, _) = try Self.json(repo, "c0", "c7")
        #expect(diff.lists == fromGit.lists)
        #expect(diff.unlisted == fromGit.unlisted)
        #expect(diff.statistics.parsed == fromGit.statistics.parsed)
        let report = DiffReport(diff: diff, old: DiffEndpoint(.folder("old"), displayRoot: "old"), new: DiffEndpoint(.folder("new"), displayRoot: "new"))
        let expected = Self.expectations.first { $0.old == "c0" && $0.new == "c7" }?.json
            .replacingOccurrences(of: #""old":"c0","new":"c7""#, with: #""old":"old","new":"new""#)
        #expect(DiffJSONRenderer.render(report, language: .zh, pretty: false) == expected)
    }

    @Test func revisionAgainstTheWorkingTree() throws {
        let repo = try DiffScenario.repository()
        // Repair the broken file and move a matter to the next batch, without committing.
        try repo.write([
            "standards/matters/hukou.yaml": DiffScenario.matter("户口迁移登记"),
            "standards/lists/kuasheng.yaml": DiffScenario.kuasheng([("shebaoka", "2021"), ("hukou", "2021"), ("paiwu", "2021")]),
        ])
        let (repository, prefix) = try GitRepository.containing(repo.path + "/standards")
        let diff = try RegistryDiffer.diff(
            old: GitTreeSource(repository: repository, commit: try repository.resolve("HEAD"), prefix: prefix),
            new: DirectorySource(root: repo.path + "/standards"))
        let report = DiffReport(diff: diff, old: DiffEndpoint(.revision("HEAD"), displayRoot: "standards"), new: DiffEndpoint(.workingTree, displayRoot: "standards"))
        #expect(DiffJSONRenderer.render(report, language: .en, pretty: false) == #"{"old":"HEAD","new":"working tree","lists":["#
            + Self.list("kuasheng", "跨省通办", moved: #"{"matter":"shebaoka","name":"社会保障卡申领","from":"2020","to":"2021"}"#, notice: "跨省通办：新增 0 项，取消 0 项，调整 0 项，调整批次 1 项")
            + "," + Self.quanshengUnchanged + "]," + Self.summary(moved: 1) + "," + Self.noUnlisted + ","
            + #""diagnostics":[{"side":"old","file":"standards/matters/hukou.yaml","line":3,"column":1,"end_line":3,"end_column":1,"severity":"error","rule":"yaml-syntax","message":"YAML syntax error: while parsing a flow sequence did not find expected ',' or ']'"}],"schema_version":1}"#)
        // The moved matter's file did not change: parsed once, for its name.
        #expect(diff.statistics.parsed == [
            "both:catalog/materials.yaml", "both:lists/quansheng.yaml", "both:matters/shebaoka.yaml", "both:registry.yaml",
            "new:lists/kuasheng.yaml", "new:matters/hukou.yaml", "old:lists/kuasheng.yaml", "old:matters/hukou.yaml",
        ])
    }

    @Test func oneListOnly() throws {
        let repo = try DiffScenario.repository()
        let (diff, _) = try Self.json(repo, "c0", "c7", list: "quansheng")
        #expect(diff.lists.map(\.id) == ["quansheng"])
        #expect(diff.unlisted.isEmpty)
        #expect(!diff.hasDifferences)
        #expect(throws: RunFailure.self) { try Self.json(repo, "c0", "c7", list: "nowhere") }
    }

    @Test func newerSchemaIsRefused() throws {
        let old = try RegistryFolderFixture(["registry.yaml": "schema: 1\nname: A\njurisdiction: \"370000\"\n"])
        let new = try RegistryFolderFixture(["registry.yaml": "schema: 2\nname: A\njurisdiction: \"370000\"\n"])
        do {
            _ = try RegistryDiffer.diff(old: DirectorySource(root: old.path), new: DirectorySource(root: new.path))
            Issue.record("expected a failure")
        } catch let error as RunFailure {
            #expect(error.message.en == "the new side: the registry has schema 2 but this tongban reads up to 1; upgrade tongban. No other file was checked")
        }
    }
}

/// A temporary folder holding `files`, removed when the value goes away.
final class RegistryFolderFixture {
    let path: String

    init(_ files: [String: String]) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-folder-\(UUID().uuidString)")
        path = url.path
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension RegistryDifferTests {
    static let manifest = "schema: 1\nname: A\njurisdiction: \"370000\"\n"

    @Test func aListThatDoesNotParseIsLeftOutAndReported() throws {
        let old = try RegistryFolderFixture([
            "registry.yaml": Self.manifest,
            "lists/kuasheng.yaml": DiffScenario.kuasheng([("hukou", "2020")]),
            "matters/hukou.yaml": DiffScenario.matter("户口迁移"),
        ])
        let new = try RegistryFolderFixture([
            "registry.yaml": Self.manifest,
            "lists/kuasheng.yaml": "name: 跨省通办\nentries: [\n",
            "matters/hukou.yaml": DiffScenario.matter("户口迁移"),
        ])
        let diff = try RegistryDiffer.diff(old: DirectorySource(root: old.path), new: DirectorySource(root: new.path))
        #expect(diff.lists.isEmpty)
        #expect(!diff.hasDifferences)
        #expect(diff.diagnostics.map { "\($0.side.rawValue) \($0.diagnostic.file) \($0.diagnostic.rule.rawValue)" } == ["new lists/kuasheng.yaml yaml-syntax"])
    }

    @Test func aListedMatterWhoseFileIsDeletedHasEveryFieldChanged() throws {
        let files = [
            "registry.yaml": Self.manifest,
            "lists/kuasheng.yaml": DiffScenario.kuasheng([("hukou", "2020")]),
            "matters/hukou.yaml": DiffScenario.matter("户口迁移"),
        ]
        let old = try RegistryFolderFixture(files)
        let new = try RegistryFolderFixture(files.filter { $0.key != "matters/hukou.yaml" })
        let diff = try RegistryDiffer.diff(old: DirectorySource(root: old.path), new: DirectorySource(root: new.path))
        let change = try #require(diff.lists.first?.changed.first)
        #expect(change.name == "户口迁移")
        #expect(change.renamed == nil)
        #expect(change.fields == ["name", "type", "department", "status", "basis", "modes", "conditions", "materials", "time_limit", "visits", "fee", "result", "process"])
        #expect(change.materials == MatterChange.MaterialChanges(added: [], removed: ["居民身份证"], changed: []))
        #expect(diff.unlisted.isEmpty)
    }
}
