import Foundation
import Testing
@testable import TongbanKit

/// The shipped registry through fmt: nothing to change, and a second run changes nothing.
@Suite struct ShippedStandardsTests {
    @Test func formattingTheShippedRegistryTwiceChangesNothingTheSecondTime() throws {
        let scratch = try ScratchFolder(copying: Resources.packageRoot.appendingPathComponent("standards"))
        let firstRun = try formatRegistry(at: scratch.url)
        let once = try yamlFiles(in: scratch.url).map { try scratch.read($0) }
        let secondRun = try formatRegistry(at: scratch.url)
        #expect(secondRun.isEmpty)
        #expect(try yamlFiles(in: scratch.url).map { try scratch.read($0) } == once)
        // The shipped files are written canonically already.
        #expect(firstRun.isEmpty, "\(firstRun)")
    }

    @Test func shippedRegistryHasNoNonCanonicalValues() throws {
        let registry = try RegistryLoader.load(from: DirectorySource(root: Resources.packageRoot.appendingPathComponent("standards").path))
        #expect(registry.diagnostics.filter { $0.rule == .nonCanonical }.isEmpty)
    }
}
