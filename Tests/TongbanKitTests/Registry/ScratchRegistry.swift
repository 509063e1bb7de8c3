import Foundation
@testable import TongbanKit

/// A registry written to a temporary folder: the example registry plus whatever a test adds.
final class ScratchRegistry {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-scratch-\(UUID().uuidString)")
        for (path, text) in ExampleRegistry.files { try put(path, Data(text.utf8)) }
    }

    func put(_ path: String, _ bytes: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    func put(_ path: String, _ text: String) throws {
        try put(path, Data(text.utf8))
    }

    func load() throws -> Registry {
        try Linter.lint(DirectorySource(root: root.path))
    }

    /// `"line:column rule"` of each finding in `file`.
    func findings(in file: String, of registry: Registry) -> [String] {
        registry.diagnostics.filter { $0.file == file }.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}
