import Foundation
import Testing
@testable import TongbanKit

@Suite struct DirectorySourceTests {
    /// The walk lists paths in the order a sort of the whole paths gives, folders included:
    /// `a.x` (a file) before `a/…` (`.` is below `/`), and `a/…` before `a0`.
    @Test func walksInPathOrder() throws {
        let scratch = try ScratchRegistry()
        for path in ["regions/370405/b.yaml", "regions/370405.x/a.yaml", "regions/370405.yaml", "regions/3704050/a.yaml",
                     "regions/370405/a.yaml", "matters/z.yaml", "matters/名.yaml", "matters/a-b.yaml", "matters/a.yaml", "matters/a/x.yaml"] {
            try scratch.put(path, "x: 1\n")
        }
        let paths = try DirectorySource(root: scratch.root.path).entries().map(\.path)
        #expect(paths == paths.sorted())
        #expect(Set(paths).isSuperset(of: ["regions/370405.yaml", "regions/370405/a.yaml", "matters/a/x.yaml", "matters/名.yaml"]))
    }

    @Test func siblingsCompareAsPaths() {
        let folder = UInt8(DT_DIR), file = UInt8(DT_REG)
        #expect(DirectorySource.pathPrecedes(("a.x", file), ("a", folder)))
        #expect(DirectorySource.pathPrecedes(("a", folder), ("a0", file)))
        #expect(DirectorySource.pathPrecedes(("a", file), ("a.x", file)))
        #expect(!DirectorySource.pathPrecedes(("b", folder), ("a", folder)))
    }
}
