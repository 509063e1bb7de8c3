import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func shippedRegistryLintsClean() throws {
        let result = try CLI.run(["lint", "standards"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("error"))
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
