import Foundation
import Testing

/// Rendered diffs checked against `Golden/diff/`; `TONGBAN_UPDATE_GOLDEN=1` rewrites the files.
enum DiffGolden {
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden/diff")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["TONGBAN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: sourceFolder.appendingPathComponent(name))
            return
        }
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden/diff"),
                               "no golden file \(name); run with TONGBAN_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/diff/\(name)", sourceLocation: sourceLocation)
    }
}
