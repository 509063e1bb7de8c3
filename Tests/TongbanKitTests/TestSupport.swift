import Foundation
import Testing
@testable import TongbanKit

/// Where the test resources are, in the bundle and (for regenerating golden files) in the source tree.
enum Resources {
    /// `Tests/TongbanKitTests` in the source tree.
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The package root.
    static let packageRoot = sourceFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture folder or file, from the test bundle.
    static func fixture(_ path: String) -> URL {
        (Bundle.module.resourceURL ?? sourceFolder).appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// A golden file, from the test bundle.
    static func golden(_ path: String) -> URL {
        (Bundle.module.resourceURL ?? sourceFolder).appendingPathComponent("Golden").appendingPathComponent(path)
    }

    /// Whether golden files are to be rewritten (`TONGBAN_UPDATE_GOLDEN=1`).
    static var updatingGolden: Bool {
        ProcessInfo.processInfo.environment["TONGBAN_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `actual` with the golden file at `path` (relative to `Golden/`), or rewrites the
    /// source copy when updating. `sourcePath` overrides where the source copy lives.
    static func expectGolden(_ actual: String, _ path: String, sourcePath: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let source = sourcePath ?? sourceFolder.appendingPathComponent("Golden").appendingPathComponent(path)
        if updatingGolden {
            try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: source)
            return
        }
        let url = sourcePath ?? golden(path)
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden \(path) differs; run with TONGBAN_UPDATE_GOLDEN=1 and review the diff", sourceLocation: sourceLocation)
    }
}

/// A temporary folder removed when the value goes away.
final class ScratchFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A scratch folder holding a copy of `folder`.
    convenience init(copying folder: URL) throws {
        try self.init()
        for item in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(item), to: url.appendingPathComponent(item))
        }
    }

    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    deinit {
        // Undo any chmod a test made so the folder can be removed.
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            for case let item as String in enumerator {
                chmod(url.appendingPathComponent(item).path, 0o755)
            }
        }
        chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }
}

/// Every YAML file below `folder`, as paths relative to it, sorted.
func yamlFiles(in folder: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var paths: [String] = []
    while let item = enumerator?.nextObject() as? String {
        if item.hasSuffix(".yaml") || item.hasSuffix(".yml") { paths.append(item) }
    }
    return paths.sorted()
}

/// The registry file at `path`, classified as the loader does.
func registryFile(_ path: String) -> RegistryFile? {
    RegistryFile(at: path)
}

/// Formats a whole registry folder in place through the library, like `tongban fmt` does.
/// - Returns: the paths that changed.
@discardableResult
func formatRegistry(at folder: URL) throws -> [String] {
    let location = try RegistryLocation.locate(paths: [folder.path], cwd: "/")
    var changed: [String] = []
    for result in try RegistryFormatter.plan(location) {
        switch result.status {
        case .changed:
            try RegistryFormatter.write(result, in: location)
            changed.append(result.path)
        case .unchanged:
            break
        case .refused(let d):
            Issue.record("\(result.path) refused: \(d)")
        case .unreadable(let m), .failed(let m):
            Issue.record("\(result.path): \(m.en)")
        }
    }
    return changed
}

/// The lines of `text` that are comments (only white space before `#`).
func commentLines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { $0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") }
        .map(String.init)
}
