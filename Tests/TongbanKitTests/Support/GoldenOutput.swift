import Foundation
import Testing

/// Rendered diffs and reports checked against `Golden/<folder>/`; `TONGBAN_UPDATE_GOLDEN=1`
/// rewrites the files.
enum GoldenOutput {
    static let goldenFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, _ name: String, folder: String = "diff", sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["TONGBAN_UPDATE_GOLDEN"] == "1" {
            let target = goldenFolder.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: target.appendingPathComponent(name))
            return
        }
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden/\(folder)"),
                               "no golden file \(folder)/\(name); run with TONGBAN_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/\(folder)/\(name)", sourceLocation: sourceLocation)
    }
}
