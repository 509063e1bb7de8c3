import Testing
@testable import TongbanKit

@Suite struct DeletedFilesTests {
    @Test func deletedPathsUnderTheFolderAreRelativeToIt() {
        let output = Array(" D standards/matters/b.yaml\0D  standards/lists/x.yaml\0 M standards/matters/a.yaml\0 D other/z.yaml\0".utf8)
        #expect(DeletedFiles.parse(output, prefix: "standards/") == ["lists/x.yaml", "matters/b.yaml"])
        #expect(DeletedFiles.parse(output, prefix: "") == ["other/z.yaml", "standards/lists/x.yaml", "standards/matters/b.yaml"])
    }

    @Test func aFolderInNoRepositoryHasNoDeletedFiles() {
        #expect(DeletedFiles.sinceHEAD(under: "/") == [])
    }
}
