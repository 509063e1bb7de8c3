import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func shippedRegistryLintsClean() throws {
        let result = try CLI.run(["lint", "standards"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains(": error:"))
        // The only warnings: neither region has a 通办专窗 or a 帮办代办 contact in a public source.
        #expect(result.stdout.hasSuffix("0 errors, 4 warnings in 56 files\n"), "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "[missing-tongban-window]").count - 1 == 2)
        #expect(result.stdout.components(separatedBy: "[missing-assistance]").count - 1 == 2)
    }

    @Test func missingPathExitsTwoWithOneLine() throws {
        let result = try CLI.run(["lint", "no/such/place"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "tongban: no such path: no/such/place\n")
    }

    @Test func badFlagExitsTwoWithOneLine() throws {
        let result = try CLI.run(["lint", "--bogus"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("--bogus"))
    }
}
