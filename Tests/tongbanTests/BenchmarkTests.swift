import Foundation
import Testing

@Suite struct BenchmarkTests {
    @Test func bareParseCountsEveryYAMLFile() throws {
        let result = try CLI.run(["standards"], program: CLI.bench)
        #expect(result.status == 0, "\(result.stderr)")
        let yamlFiles = FileManager.default.enumerator(atPath: CLI.packageRoot.appendingPathComponent("standards").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") }.count ?? -1
        #expect(result.stdout.hasPrefix("files \(yamlFiles), bytes "), "\(result.stdout)")
        #expect(result.stdout.hasSuffix(", failures 0\n"))
    }

    @Test func decodeTimesEachFile() throws {
        let result = try CLI.run(["--decode", "standards/registry.yaml", "--repeat", "2"], program: CLI.bench)
        #expect(result.status != 0, "a path outside a registry's places is refused")
        let timed = try CLI.run(["--decode", "registry.yaml", "--repeat", "2"], in: CLI.packageRoot.appendingPathComponent("standards"), program: CLI.bench)
        #expect(timed.status == 0, "\(timed.stderr)")
        #expect(timed.stdout.hasPrefix("registry.yaml: "), "\(timed.stdout)")
        #expect(timed.stdout.hasSuffix(" us per decode\n"))
    }

    @Test func theProductHasNoBenchmarkCommand() throws {
        let result = try CLI.run(["--help"])
        #expect(result.stdout.contains("import"))
        #expect(!result.stdout.contains("bench-parse"))
        let removed = try CLI.run(["bench-parse", "standards"])
        #expect(removed.status != 0)
    }

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The benchmark measures reading and checking, so its synthetic registry must stay valid as rules change.
    @Test(.enabled(if: python != nil, "needs python3"))
    func syntheticRegistryLintsClean() throws {
        let directory = try TemporaryDirectory()
        let out = directory.url.appendingPathComponent("registry").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python ?? "python3")
        process.arguments = [CLI.packageRoot.appendingPathComponent("Benchmarks/generate_registry.py").path,
                             "--out", out, "--matters", "12", "--regions", "13"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lint = try CLI.run(["lint", "--format", "json", out])
        #expect(lint.status == 0)
        #expect(lint.stdout.contains("\"files\": 187,"), "\(lint.stdout.prefix(300))")
        #expect(lint.stdout.contains("\"diagnostics\": []"), "\(lint.stdout.prefix(2000))")
    }
}
