import Foundation
import Testing
@testable import TongbanKit
import YAMLSource

/// Files with nothing to report are decoded straight from libyaml's events; that shortcut must
/// give exactly what the full path gives — the same model, value, findings (none) and rewrites
/// (none) — and must step aside for every file that has something to report.
@Suite struct CleanDecoderTests {
    /// Whether the shortcut decoded the file (nil when the path is no registry file).
    @discardableResult
    static func expectSame(_ bytes: [UInt8], _ path: String, context: DecodingContext = .standalone) -> Bool? {
        guard let file = registryFile(path) else { return nil }
        let quick = FileDecoder.decode(bytes, as: file, context: context)
        let full = FileDecoder.decodeInFull(bytes, as: file, context: context)
        let label = "\(path): \(String(decoding: bytes, as: UTF8.self))"
        #expect(quick.model == full.model, "\(label)")
        #expect(quick.value == full.value, "\(label)")
        #expect(quick.diagnostics == full.diagnostics, "\(label)")
        #expect(quick.rewrites == full.rewrites, "\(label)")
        return YAMLReader.cleanEvents(bytes).flatMap { CleanDecoder.value($0, kind: file.kind, context: context) } != nil
    }

    /// The repository's own registries: shipped data and every fixture.
    @Test func realFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var count = 0
        for base in ["standards", "Tests/TongbanKitTests/Fixtures/all-errors", "Tests/TongbanKitTests/Fixtures/checklist-registry",
                     "Tests/TongbanKitTests/Fixtures/messy", "Tests/TongbanKitTests/Fixtures/newer-schema", "Tests/TongbanKitTests/Fixtures/supervision"] {
            let folder = root.appendingPathComponent(base)
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(path)) else { continue }
                Self.expectSame(Array(data), path)
                count += 1
            }
        }
        #expect(count > 100)
    }

    /// The rule examples, and thousands of variations of them: lines dropped, repeated, swapped
    /// or changed to values of every kind that needs reporting or rewriting.
    @Test func mutatedExamples() {
        let replacements = ["", " ~", " null", " yes", " 12", " 2020-12-31", " \"引号\"", " '单引号'", " [a, b]", " {a: 1}", " &x 1", " *x",
                            " !!str 1", " ５个工作日", " 5个工作日", " 即办", " 不收费", " 0", " -1", " 草稿", " 在用", " 全程网办", " |\n    两行\n    文字",
                            " 居民身份证", " 身份证", " ｈｔｔｐｓ://x.cn", " https://x.cn", " 0632-6616276", " 110", "  前后空格 ", " 全角（括号）", " (半角)"]
        let context = DecodingContext(materials: [
            Catalog.MaterialName(name: Located("居民身份证", .fileStart), synonyms: [Located("身份证", .fileStart)]),
        ])
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        var shortcuts = 0
        for (path, text) in ExampleRegistry.files.sorted(by: { $0.key < $1.key }) {
            Self.expectSame(Array(text.utf8), path)
            Self.expectSame(Array(text.utf8), path, context: context)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<400 {
                var mutated = lines
                guard !mutated.isEmpty else { break }
                let index = Int.random(in: 0..<mutated.count, using: &generator)
                switch Int.random(in: 0..<6, using: &generator) {
                case 0: mutated.remove(at: index)
                case 1: mutated.insert(mutated[index], at: index)
                case 2: mutated.swapAt(index, Int.random(in: 0..<mutated.count, using: &generator))
                case 3:
                    if let colon = mutated[index].firstIndex(of: ":") {
                        mutated[index] = String(mutated[index][...colon]) + (replacements.randomElement(using: &generator) ?? "")
                    }
                case 4: mutated.insert("unknown_key: 1", at: index)
                default: mutated[index] = "  " + mutated[index]
                }
                if Self.expectSame(Array(mutated.joined(separator: "\n").utf8), path, context: Bool.random(using: &generator) ? context : .standalone) == true {
                    shortcuts += 1
                }
                checked += 1
            }
        }
        #expect(checked > 2000)
        // Both ways are exercised: many variations are still clean, many are not.
        #expect(shortcuts > checked / 10 && shortcuts < checked * 9 / 10, "\(shortcuts) of \(checked)")
    }

    /// The shortcut is taken for clean files (so the general path is not all that is tested).
    @Test func cleanFilesTakeTheShortcut() throws {
        let text = try #require(ExampleRegistry.files["matters/shebaoka.yaml"])
        let events = try #require(YAMLReader.cleanEvents(Array(text.utf8)))
        #expect(CleanDecoder.value(events, kind: .matter, context: .standalone) != nil)
        #expect(YAMLReader.cleanEvents(Array("a: 1\r\n".utf8)) == nil)
        #expect(YAMLReader.cleanEvents(Array("a: &x 1\n".utf8)) == nil)
        #expect(YAMLReader.cleanEvents(Array("# only a comment\n".utf8)) == nil)
    }

    @Test func draftIsReadFromTheFirstStatusKey() throws {
        func draft(_ text: String) throws -> Bool {
            CleanDecoder.isDraft(try #require(YAMLReader.cleanEvents(Array(text.utf8))))
        }
        #expect(try draft("name: x\nstatus: 草稿\n"))
        #expect(try draft("materials:\n  - {status: 在用}\nstatus: 草稿\n"))
        #expect(try !draft("name: x\nstatus: 在用\n"))
        #expect(try !draft("status: [草稿]\n"))
        #expect(try !draft("- status: 草稿\n"))
    }
}
