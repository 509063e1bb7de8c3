import Foundation
import Testing

/// Runs the language server's end-to-end tests (`Tests/lsp`, pytest with pytest-lsp's client)
/// against the `tongban` binary this build made.
///
/// Without pytest-lsp the test is skipped, except under CI (`CI=true`), where it fails: `.ci/run`
/// installs it, so its absence there is a broken set-up, not a reason to test less.
@Suite struct LSPEndToEndTests {
    static let inCI = ["true", "1"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")
    static let clientInstalled = (try? python(["-c", "import pytest_lsp, lsprotocol"]).status) == 0

    @Test(.enabled(if: clientInstalled || inCI, "pytest-lsp is not installed (pip install pytest-lsp); CI=true makes this a failure"))
    func pytestLSPSuitePasses() throws {
        try #require(Self.clientInstalled, "pytest-lsp and lsprotocol must be importable by python3 under CI (pip install pytest-lsp)")
        let result = try Self.python(["-m", "pytest", "-q", "-p", "no:cacheprovider", "Tests/lsp"])
        #expect(result.status == 0, "pytest Tests/lsp failed:\n\(result.output)")
        #expect(result.output.contains(" passed"), "pytest ran no test:\n\(result.output)")
        #expect(!result.output.contains("skipped"), "pytest skipped tests:\n\(result.output)")
    }

    /// Runs `python3 arguments…` in the package root with TONGBAN_BIN set; stdout and stderr joined.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = CLI.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["TONGBAN_BIN"] = CLI.executable.path
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
