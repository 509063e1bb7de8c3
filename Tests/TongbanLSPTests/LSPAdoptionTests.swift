import Foundation
import Testing
import TongbanKit
@testable import TongbanLSP

/// The language server applies the registry's `.tongban.yaml` and each document's suppression
/// comments, as `lint` does, to saved and unsaved text alike.
@Suite struct LSPAdoptionTests {
    private func registry(config: String?) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tongban-lsp-adoption-\(UUID().uuidString)")
        var files = ExampleRegistry.files
        files["matters/shebaoka.yaml"] = ExampleRegistry.matter + "naem: x  # tongban: disable-line unknown-key -- 旧表\nfoo: y\n"
        if let config { files[".tongban.yaml"] = config }
        for (path, text) in files {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return root
    }

    private func shown(_ findings: [Diagnostic]) -> [String] {
        findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue) \($0.severity.rawValue)" }
    }

    @Test func suppressionsAndConfigurationApply() throws {
        let root = try registry(config: "rules:\n  unknown-key: warning\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let state = try RegistryState(root: root.path)
        #expect(shown(state.findings(for: "matters/shebaoka.yaml")) == ["25:1 unknown-key warning"])

        // An unsaved edit: the comment loses its reason, so it silences nothing and is a finding.
        let edited = ExampleRegistry.matter + "naem: x  # tongban: disable-line unknown-key\n"
        _ = state.setOverlay("matters/shebaoka.yaml", Array(edited.utf8))
        #expect(shown(state.findings(for: "matters/shebaoka.yaml")) == ["24:1 unknown-key warning", "24:10 suppression error"])

        // A stale comment is reported as unused.
        _ = state.setOverlay("matters/shebaoka.yaml", Array((ExampleRegistry.matter + "# tongban: disable-file stray-file -- 无用\n").utf8))
        #expect(shown(state.findings(for: "matters/shebaoka.yaml")) == ["24:1 unused-suppression warning"])
    }

    @Test func withoutAConfigurationRulesKeepTheirSeverity() throws {
        let root = try registry(config: nil)
        defer { try? FileManager.default.removeItem(at: root) }
        let state = try RegistryState(root: root.path)
        #expect(shown(state.findings(for: "matters/shebaoka.yaml")) == ["25:1 unknown-key error"])
    }
}
