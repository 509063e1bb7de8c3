import Foundation
import Testing
@testable import TongbanKit

/// Bad input gives a diagnostic for that file — never a crash or a hang — and every other file is still checked.
@Suite struct LoaderBadInputTests {
    private let draft = "name: 示例\nstatus: 草稿\nsources: [x]\n"

    /// Loads the scratch registry and checks the good matter was still decoded and checked.
    private func load(_ scratch: ScratchRegistry) throws -> Registry {
        let registry = try scratch.load()
        #expect(registry.matter("shebaoka")?.name?.value == "社会保障卡申领")
        #expect(scratch.findings(in: "matters/shebaoka.yaml", of: registry).isEmpty)
        return registry
    }

    @Test func twoMebibyteFile() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/big.yaml", draft + "# " + String(repeating: "长", count: 700_000) + "\n")
        #expect(scratch.findings(in: "matters/big.yaml", of: try load(scratch)) == ["1:1 limits"])
    }

    @Test func thousandDeepNesting() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/deep.yaml", draft + "note: " + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "\n")
        let block = (0..<1000).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        try scratch.put("matters/deep-block.yaml", block)
        let registry = try load(scratch)
        #expect(scratch.findings(in: "matters/deep.yaml", of: registry) == ["4:70 limits"])
        #expect(scratch.findings(in: "matters/deep-block.yaml", of: registry).first?.hasSuffix("limits") == true)
    }

    @Test func billionLaughs() throws {
        var text = "a0: &a0 [\"lol\"]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let scratch = try ScratchRegistry()
        try scratch.put("matters/laughs.yaml", text)
        let start = Date()
        let findings = scratch.findings(in: "matters/laughs.yaml", of: try load(scratch))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(findings.filter { $0.hasSuffix("yaml-alias") }.count == 10 + 81)
    }

    @Test func invalidUTF8() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/latin1.yaml", Data("name: ".utf8) + Data([0xC9, 0xE7, 0xB1, 0xA3]) + Data("\nstatus: 草稿\n".utf8))
        #expect(scratch.findings(in: "matters/latin1.yaml", of: try load(scratch)) == ["1:7 encoding"])
    }

    @Test func byteOrderMark() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/bom.yaml", Data([0xEF, 0xBB, 0xBF]) + Data(draft.utf8))
        #expect(scratch.findings(in: "matters/bom.yaml", of: try load(scratch)) == ["1:1 encoding", "1:1 unlisted-matter"])
    }

    @Test func crlfLineEnds() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/crlf.yaml", draft.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(scratch.findings(in: "matters/crlf.yaml", of: try load(scratch)) == ["1:1 unlisted-matter", "1:9 encoding"])
    }

    @Test func nulByte() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/nul.yaml", Data("name: a\u{0}b\n".utf8))
        #expect(scratch.findings(in: "matters/nul.yaml", of: try load(scratch)) == ["1:8 encoding"])
    }

    @Test func emptyFile() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/empty.yaml", "")
        try scratch.put("matters/comments.yaml", "# nothing yet\n")
        let registry = try load(scratch)
        #expect(scratch.findings(in: "matters/empty.yaml", of: registry) == ["1:1 missing-field"])
        #expect(scratch.findings(in: "matters/comments.yaml", of: registry) == ["1:1 missing-field"])
    }

    @Test func directoryNamedLikeYAML() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/x.yaml/inside.txt", "not yaml")
        #expect(scratch.findings(in: "matters/x.yaml", of: try load(scratch)) == ["1:1 file-access"])
    }

    @Test func symlinkOutsideTheRegistryIsNotFollowed() throws {
        let scratch = try ScratchRegistry()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-outside-\(UUID().uuidString).yaml")
        try Data(draft.utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("matters/escape.yaml").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("matters/loop").path, withDestinationPath: scratch.root.path)
        let registry = try load(scratch)
        #expect(scratch.findings(in: "matters/escape.yaml", of: registry) == ["1:1 file-access"])
        #expect(scratch.findings(in: "matters/loop", of: registry) == ["1:1 file-access"])
        #expect(registry.matter("escape") == nil)
    }

    @Test func symlinkInsideTheRegistryIsRead() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/original.yaml", draft)
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("matters/alias.yaml").path, withDestinationPath: "original.yaml")
        let registry = try load(scratch)
        #expect(registry.matter("alias")?.name?.value == "示例")
    }

    @Test func unreadableFile() throws {
        let scratch = try ScratchRegistry()
        try scratch.put("matters/secret.yaml", draft)
        let path = scratch.root.appendingPathComponent("matters/secret.yaml").path
        // A FIFO would block a naive reader forever; root ignores permission bits, so this is the portable way to be unreadable.
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o644) == 0)
        #expect(scratch.findings(in: "matters/secret.yaml", of: try load(scratch)) == ["1:1 file-access"])
    }

    @Test func readErrorsBecomeFindings() throws {
        struct FailingSource: RegistrySource {
            let base = InMemorySource(texts: ExampleRegistry.files.merging(["matters/broken.yaml": ""]) { $1 })
            func entries() throws -> [SourceEntry] { try base.entries() }
            func read(_ path: String, limit: Int) throws -> [UInt8] {
                if path == "matters/broken.yaml" { throw RunFailure(Message(zh: "权限不足", en: "Permission denied")) }
                return try base.read(path, limit: limit)
            }
        }
        let registry = try Linter.lint(FailingSource())
        let broken = registry.diagnostics.filter { $0.file == "matters/broken.yaml" }
        #expect(broken.map(\.rule) == [.fileAccess])
        #expect(broken.first?.message.en == "cannot read the file: Permission denied")
        #expect(registry.matter("shebaoka") != nil)
    }

    @Test func unreadableFolderFailsTheRun() {
        #expect(throws: RunFailure.self) {
            try Linter.lint(DirectorySource(root: "/nonexistent/tongban-registry"))
        }
    }
}
