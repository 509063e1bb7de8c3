import Foundation
import Testing
@testable import TongbanKit

@Suite struct SHA1Tests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func knownVectors(message: String, digest: String) {
        #expect(Self.hex(SHA1.digest(Array(message.utf8))) == digest)
    }

    @Test func millionAs() {
        var hasher = SHA1()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(Self.hex(hasher.finalize()) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test func piecewiseEqualsWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        var hasher = SHA1()
        for split in stride(from: 0, to: 1000, by: 37) { hasher.update(Array(bytes[split..<min(split + 37, 1000)])) }
        #expect(hasher.finalize() == SHA1.digest(bytes))
    }

    @Test func blobIDMatchesGit() throws {
        let repo = try GitRepositoryFixture()
        let text = "name: 社会保障卡申领\n"
        try repo.write(["x.yaml": text])
        let fromGit = try repo.git("hash-object", "x.yaml").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ObjectID.blob(of: Array(text.utf8)).hex == fromGit)
        #expect(ObjectID.blob(of: []).hex == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
    }
}
