import Foundation
import Testing

@Suite struct ExportCommandTests {
    static let messy = CLI.packageRoot.appendingPathComponent("Tests/TongbanKitTests/Fixtures/messy")
    static let golden = CLI.packageRoot.appendingPathComponent("Tests/TongbanKitTests/Golden/messy-export.json")

    @Test func exportsTheGoldenJSONTheSameEveryRun() throws {
        let first = try CLI.run(["export", Self.messy.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(first.stdout == (try String(contentsOf: Self.golden, encoding: .utf8)))
        let second = try CLI.run(["export", "--format", "json", Self.messy.path])
        #expect(second.stdout == first.stdout)
    }

    @Test func outputFileIsWritten() throws {
        let dir = try TemporaryDirectory()
        let result = try CLI.run(["export", Self.messy.path, "-o", "out.json"], in: dir.url)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: dir.url.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(written == (try String(contentsOf: Self.golden, encoding: .utf8)))
    }

    @Test func shippedRegistryExports() throws {
        let result = try CLI.run(["export"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["matters"] as? [Any])?.count == 19)
        let kuasheng = (json?["lists"] as? [[String: Any]])?.first { $0["id"] as? String == "kuasheng" }
        #expect((kuasheng?["notes"] as? [String])?.count == 4, "the list's notes on the conflicting counts are exported")
    }

    @Test func registryWithErrorsIsNotExported() throws {
        let dir = try TemporaryDirectory()
        try dir.write([
            "registry.yaml": "schema: 1\nname: 示例\njurisdiction: \"370000\"\n",
            "matters/a.yaml": "name: 示例\nstatus: 草稿\nmodes: [未知]\nsources: [x]\n",
        ])
        let result = try CLI.run(["export", "--lang", "en"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "tongban: the registry has 1 error; nothing exported (see tongban lint)\n")
    }

    /// An error only a cross-file rule finds (a list entry naming no matter) also stops export.
    @Test func registryWithACrossFileErrorIsNotExported() throws {
        let dir = try TemporaryDirectory()
        try dir.write([
            "registry.yaml": "schema: 1\nname: 示例\njurisdiction: \"370000\"\n",
            "lists/kuasheng.yaml": "name: 跨省通办\nscope: 全国\nbasis: [x]\nentries:\n  - matter: nowhere\n",
        ])
        let result = try CLI.run(["export", "--lang", "en"], in: dir.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "tongban: the registry has 1 error; nothing exported (see tongban lint)\n")
    }

    /// The export is written as the registry is read; a registry found to have errors at the
    /// end leaves no trace: the -o file keeps its old content, no temporary file is left beside
    /// it or in TMPDIR, and standard output gets nothing.
    @Test func aRefusedExportLeavesNothingBehind() throws {
        let dir = try TemporaryDirectory()
        let spool = try TemporaryDirectory()
        try dir.write([
            "reg/registry.yaml": "schema: 1\nname: 示例\njurisdiction: \"370000\"\n",
            "reg/lists/kuasheng.yaml": "name: 跨省通办\nscope: 全国\nbasis: [x]\nentries:\n  - matter: nowhere\n",
            "out/old.json": "{\"old\": true}\n",
        ])
        let toFile = try CLI.run(["export", "reg", "-o", "out/old.json"], in: dir.url, environment: ["TMPDIR": spool.url.path])
        #expect(toFile.status == 1)
        #expect(try String(contentsOf: dir.url.appendingPathComponent("out/old.json"), encoding: .utf8) == "{\"old\": true}\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("out").path) == ["old.json"])
        let toStdout = try CLI.run(["export", "reg"], in: dir.url, environment: ["TMPDIR": spool.url.path])
        #expect(toStdout.status == 1)
        #expect(toStdout.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool.url.path).isEmpty)
        let fine = try CLI.run(["export", Self.messy.path], environment: ["TMPDIR": spool.url.path])
        #expect(fine.status == 0)
        #expect(fine.stdout == (try String(contentsOf: Self.golden, encoding: .utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool.url.path).isEmpty)
    }

    /// `--registry`, as every other command takes it, names the registry too.
    @Test func registryOptionNamesTheRegistry() throws {
        let byPath = try CLI.run(["export", Self.messy.path])
        let byOption = try CLI.run(["export", "--registry", Self.messy.path])
        #expect(byOption.status == 0, "\(byOption.stderr)")
        #expect(byOption.stdout == byPath.stdout)
        let both = try CLI.run(["export", "standards", "--registry", Self.messy.path, "--lang", "en"])
        #expect(both.status == 2)
        #expect(both.stderr == "tongban: give PATH or --registry, not both\n")
    }

    @Test func badFormatAndUnwritableOutputExitTwo() throws {
        let format = try CLI.run(["export", "--format", "yaml", Self.messy.path])
        #expect(format.status == 2)
        let output = try CLI.run(["export", Self.messy.path, "-o", "/no/such/folder/out.json"])
        #expect(output.status == 2)
        #expect(output.stderr.hasPrefix("tongban: "))
        #expect(output.stderr.split(separator: "\n").count == 1)
    }
}
