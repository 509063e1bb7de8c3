import Foundation
import Testing
@testable import TongbanKit

@Suite struct GitTreeSourceTests {
    /// A repository with a registry under `standards/` and one file outside it, in two commits.
    static func repository() throws -> GitRepositoryFixture {
        let repo = try GitRepositoryFixture()
        try repo.write([
            "README.md": "not the registry\n",
            "standards/registry.yaml": "schema: 1\n",
            "standards/lists/a.yaml": "name: A\n",
            "standards/matters/x.yaml": "name: X\n",
            "standards/regions/370405/x.yaml": "agency: Y\n",
        ])
        try repo.commit("first", tag: "v1")
        try repo.write(["standards/matters/x.yaml": "name: X2\n"])
        try repo.commit("second")
        return repo
    }

    @Test func readsARevisionWithoutCheckingItOut() throws {
        let fixture = try Self.repository()
        let (repo, prefix) = try GitRepository.containing(fixture.path + "/standards")
        #expect(prefix == "./")
        let old = GitTreeSource(repository: repo, commit: try repo.resolve("v1"), prefix: prefix)
        let new = GitTreeSource(repository: repo, commit: try repo.resolve("HEAD"), prefix: prefix)
        let paths = try old.entries().map(\.path).sorted()
        #expect(paths == ["lists/a.yaml", "matters/x.yaml", "regions/370405/x.yaml", "registry.yaml"])
        #expect(try old.read("matters/x.yaml", limit: 100) == Array("name: X\n".utf8))
        #expect(try new.read("matters/x.yaml", limit: 100) == Array("name: X2\n".utf8))
        #expect(try new.read("matters/x.yaml", limit: 3) == Array("name".utf8))
        #expect(throws: RunFailure.self) { try new.read("matters/none.yaml", limit: 100) }
        #expect(repo.blobsRead == 3)
    }

    @Test func snapshotListsOnlyTheScopeWithGitsBlobIDs() throws {
        let fixture = try Self.repository()
        let (repo, prefix) = try GitRepository.containing(fixture.path + "/standards")
        let source = GitTreeSource(repository: repo, commit: try repo.resolve("HEAD"), prefix: prefix)
        let files = try source.snapshot(folders: ["lists", "matters"], files: ["registry.yaml", "catalog/materials.yaml"]).files
        #expect(files.map(\.path).sorted() == ["lists/a.yaml", "matters/x.yaml", "registry.yaml"])
        let x = try #require(files.first { $0.path == "matters/x.yaml" })
        #expect(x.blob == ObjectID.blob(of: Array("name: X2\n".utf8)))
        #expect(repo.blobsRead == 0)
    }

    @Test func directorySnapshotComputesTheSameIDs() throws {
        let fixture = try Self.repository()
        let files = try DirectorySource(root: fixture.path + "/standards").snapshot(folders: ["lists", "matters"], files: ["registry.yaml"])
        let (repo, prefix) = try GitRepository.containing(fixture.path + "/standards")
        let fromGit = try GitTreeSource(repository: repo, commit: try repo.resolve("HEAD"), prefix: prefix)
            .snapshot(folders: ["lists", "matters"], files: ["registry.yaml"])
        #expect(files == fromGit)
        #expect(files.files.count == 3)
    }

    @Test func unknownRevisionIsAnError() throws {
        let fixture = try Self.repository()
        let (repo, _) = try GitRepository.containing(fixture.path)
        #expect(throws: RunFailure.self) { try repo.resolve("no-such-tag") }
        #expect(throws: RunFailure.self) { try repo.resolve("--output=/tmp/x") }
        do {
            _ = try repo.resolve("v9")
        } catch let error as RunFailure {
            #expect(error.message.en == "unknown revision 'v9': no such commit in the git repository")
        }
    }

    @Test func folderOutsideAnyRepositoryIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: RunFailure.self) { try GitRepository.containing(folder.path) }
        do {
            _ = try GitRepository.open(folder.path, shownAs: "elsewhere", revisions: ["HEAD"])
            Issue.record("expected an error")
        } catch let error as RunFailure {
            #expect(error.message.en == "elsewhere is not in a git repository: comparing revisions needs one (or give two folders)")
        }
    }

    @Test func missingFolderInsideARepositoryGetsItsPrefix() throws {
        let fixture = try Self.repository()
        let (_, prefix) = try GitRepository.containing(fixture.path + "/gone/standards")
        #expect(prefix == "./gone/standards/")
    }

    /// A registry deleted from the working tree is still read from a revision, through the
    /// prefix that reaches it from its nearest existing parent.
    @Test func readsARevisionOfARegistryNoLongerOnDisk() throws {
        let fixture = try Self.repository()
        try FileManager.default.removeItem(atPath: fixture.path + "/standards")
        let (repo, prefix) = try GitRepository.containing(fixture.path + "/standards")
        #expect(prefix == "./standards/")
        let source = GitTreeSource(repository: repo, commit: try repo.resolve("v1"), prefix: prefix)
        #expect(try source.read("matters/x.yaml", limit: 100) == Array("name: X\n".utf8))
        #expect(try source.snapshot(folders: ["matters"], files: []).files.map(\.path) == ["matters/x.yaml"])
        #expect(try source.entries().map(\.path).sorted() == ["lists/a.yaml", "matters/x.yaml", "regions/370405/x.yaml", "registry.yaml"])
    }

    /// Revisions and the commits they name are answered by the one `git cat-file` process.
    @Test func opensRevisionsInOrderAndReportsTheFirstUnknownOne() throws {
        let fixture = try Self.repository()
        let opened = try GitRepository.open(fixture.path + "/standards", revisions: ["v1", "HEAD", "v1"])
        #expect(opened.commits.count == 3)
        #expect(opened.commits[0] == opened.commits[2])
        #expect(opened.commits[0] != opened.commits[1])
        #expect(opened.commits[1] == (try opened.repository.resolve("HEAD")))
        do {
            _ = try GitRepository.open(fixture.path + "/standards", revisions: ["v1", "nope", "HEAD:standards", "bad\nname"])
            Issue.record("expected an error")
        } catch let error as RunFailure {
            #expect(error.message.en == "unknown revision 'nope': no such commit in the git repository")
        }
        #expect(throws: RunFailure.self) { try opened.repository.resolve("HEAD:standards") }
        #expect(throws: RunFailure.self) { try opened.repository.resolve("bad\nname") }
        #expect(throws: RunFailure.self) { try opened.repository.resolve("v1^{tree}") }
    }
}

extension GitTreeSourceTests {
    @Test func treeObjectsTellFilesFoldersAndTheRest() throws {
        let id = [UInt8](repeating: 0xAB, count: 20)
        func entry(_ mode: String, _ name: String) -> [UInt8] { Array("\(mode) \(name)\0".utf8) + id }
        let tree = entry("100644", "a.yaml") + entry("100755", "b.yaml") + entry("120000", "link.yaml")
            + entry("40000", "sub") + entry("160000", "module") + entry("100644", "名.yaml")
        let entries = GitTree.entries(tree, idLength: 20)
        #expect(entries.map(\.name) == ["a.yaml", "b.yaml", "link.yaml", "sub", "module", "名.yaml"])
        #expect(entries.map(\.kind) == [.file, .file, .other, .folder, .other, .file])
        #expect(entries[0].id.hex == String(repeating: "ab", count: 20))
        // A truncated last entry is left out.
        #expect(GitTree.entries(Array(tree.dropLast(3)), idLength: 20).map(\.name) == ["a.yaml", "b.yaml", "link.yaml", "sub", "module"])
    }
}
