import Foundation
import Testing
@testable import YAMLSource

/// The reader checks the bytes' encoding after libyaml, and in full only when libyaml stops
/// early (or first, for bytes that start like UTF-16). That must give exactly the document the
/// check made first gives, for any input.
@Suite struct EncodingOrderTests {
    private func expectSameDocument(_ bytes: [UInt8], _ label: String) {
        let first = YAMLReader.read(bytes, checkingEncodingFirst: true)
        let after = YAMLReader.read(bytes)
        #expect(first.root == after.root, "\(label)")
        #expect(first.problems == after.problems, "\(label)")
    }

    static let pieces: [[UInt8]] = [
        Array("name: 户口迁移\n".utf8), Array("materials:\n  - 居民身份证\n".utf8), Array("key: value".utf8),
        Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), [0x00], [0x80], [0xC3], [0xE4, 0xBD], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x01], [0x7F], Array("- [a, b".utf8), Array("}\n".utf8), Array("---\n".utf8),
        Array("a: &x 1\nb: *x\n".utf8), Array("\t".utf8), Array("  ".utf8), Array("# 注释\n".utf8), Array("\u{2028}".utf8),
        Array("[[[[".utf8), Array("\"quoted".utf8), Array("text: \"中\\u0000\"\n".utf8),
    ]

    @Test func generatedInputs() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            switch round % 5 {
            case 0: bytes = [0xEF, 0xBB, 0xBF]
            case 1: bytes = [0xFF, 0xFE]
            case 2: bytes = [0xFE, 0xFF]
            default: break
            }
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                bytes += Self.pieces.randomElement(using: &generator) ?? []
            }
            expectSameDocument(bytes, "\(bytes)")
        }
    }

    @Test func depthAndDocumentLimitsFollowedByBadBytes() {
        let deep = Array(String(repeating: "[", count: YAMLReader.maxDepth + 5).utf8)
        for tail: [UInt8] in [[], [0x00], [0x80], Array("\r\n".utf8)] {
            expectSameDocument(deep + tail, "deep + \(tail)")
            expectSameDocument(Array("a: 1\n---\nb: 2\n".utf8) + tail, "documents + \(tail)")
            expectSameDocument(Array("a: 1\nb: [\n".utf8) + tail, "syntax error + \(tail)")
        }
    }

    /// Every YAML file of the shipped registry and of the test fixtures.
    @Test func realFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var count = 0
        for folder in ["standards", "Tests/TongbanKitTests/Fixtures"] {
            guard let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let path as String in walker where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
                let url = root.appendingPathComponent(folder).appendingPathComponent(path)
                guard let data = try? Data(contentsOf: url) else { continue }
                expectSameDocument(Array(data), path)
                count += 1
            }
        }
        #expect(count > 50)
    }
}
