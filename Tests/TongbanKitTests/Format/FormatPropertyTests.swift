import Foundation
import Testing
@testable import TongbanKit

/// fmt never changes what a file means and never loses a comment: for generated matters in
/// random spellings and for every shipped file, the model before equals the model after, every
/// comment line survives unchanged, and a second run changes nothing.
@Suite struct FormatPropertyTests {
    static let matterFile = RegistryFile(path: "matters/generated.yaml", kind: .matter, id: "generated", division: nil)

    /// The shipped registry's material synonyms, loaded once.
    static let shippedContext: DecodingContext? = {
        let root = Resources.packageRoot.appendingPathComponent("standards")
        return (try? RegistryLoader.load(from: DirectorySource(root: root.path))).map { DecodingContext(materials: $0.catalog.materials) }
    }()

    @Test(arguments: 0..<300)
    func generatedMattersKeepTheirMeaningAndComments(seed: Int) throws {
        var generator = MatterGenerator(seed: UInt64(seed))
        let text = generator.matter()
        try check(text, as: Self.matterFile, context: MatterGenerator.catalog, expectErrorFree: true)
    }

    /// Every file of the shipped registry, with the registry's own material synonyms.
    @Test(arguments: yamlFiles(in: Resources.packageRoot.appendingPathComponent("standards")))
    func shippedFilesAreStable(path: String) throws {
        let root = Resources.packageRoot.appendingPathComponent("standards")
        let context = try #require(Self.shippedContext)
        let file = try #require(registryFile(path))
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        try check(text, as: file, context: context, expectErrorFree: false)
    }

    private func check(_ text: String, as file: RegistryFile, context: DecodingContext, expectErrorFree: Bool) throws {
        let before = FileDecoder.decode(Array(text.utf8), as: file, context: context)
        if expectErrorFree {
            let errors = before.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "generator wrote an invalid file:\n\(text)\n\(errors.map { "\($0.range.start) \($0.message.en)" })")
        }
        let output: String
        switch FileFormatter.format(Array(text.utf8), as: file, context: context) {
        case .unchanged: output = text
        case .formatted(let bytes): output = String(decoding: bytes, as: UTF8.self)
        case .refused(let d): Issue.record("refused: \(d)\n\(text)"); return
        case .failed(let m): Issue.record("failed: \(m.en)\n\(text)"); return
        }
        let after = FileDecoder.decode(Array(output.utf8), as: file, context: context)
        #expect(after.model == before.model, "\(text)\n---\n\(output)")
        #expect(after.diagnostics.filter { $0.rule == .nonCanonical }.isEmpty, "\(output)")

        // Every comment line of the input is a line of the output, as many times as before.
        var remaining = commentLines(output)
        for line in commentLines(text) {
            if let index = remaining.firstIndex(of: line) {
                remaining.remove(at: index)
            } else {
                Issue.record("comment line lost: \(line)\n\(text)\n---\n\(output)")
            }
        }
        // Every comment, end-of-line ones included, is still there.
        for marker in text.components(separatedBy: "# 注释").dropFirst().compactMap({ $0.prefix(while: \.isNumber) }) {
            #expect(output.contains("# 注释\(marker)\n") || output.hasSuffix("# 注释\(marker)"), "comment 注释\(marker) lost\n\(output)")
        }
        // A second run changes nothing.
        #expect(FileFormatter.format(Array(output.utf8), as: file, context: context) == .unchanged, "\(output)")
    }
}
