import Foundation
import Testing
import TongbanKit
@testable import TongbanLSP

/// An edit of a matter or an implementation reruns the cross-file rules on part of the registry
/// (`RegistryState.matterScope`); after every such edit the findings held must be exactly those
/// of a full check.
@Suite struct LSPScopeTests {
    static let standards = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("standards")

    /// Findings as comparable values: sorted per file, empty files left out.
    static func normalized(_ findings: [String: [Diagnostic]]) -> [String: [Diagnostic]] {
        findings.filter { !$0.value.isEmpty }.mapValues { $0.sorted(by: Diagnostic.sortKey) }
    }

    @Test func scopedChecksAgreeWithTheFullCheck() throws {
        let state = try RegistryState(root: Self.standards.path)
        // Implementations first (sorted after matters, then kept open with a long promise), so
        // that every matter edit changes findings in its implementations' files too.
        let all = state.registry.files.map(\.path)
        let paths = all.filter { $0.hasPrefix("regions/") }.sorted() + all.filter { $0.hasPrefix("matters/") }.sorted()
        try #require(paths.contains { $0.hasPrefix("regions/") })
        var edits = 0
        var implementationFindings = 0
        for path in paths {
            if path.hasPrefix("regions/") {
                // A promise longer than the standard's: a finding that depends on the matter.
                let text = String(decoding: state.text(of: path) ?? [], as: UTF8.self)
                if !text.contains("promised:") { _ = state.setOverlay(path, Array((text + "promised: 99个工作日\n").utf8)) }
                continue
            }
            let text = String(decoding: state.text(of: path) ?? [], as: UTF8.self)
            // A name that looks the same as another matter's (a zero-width space inside it).
            let other = state.registry.matters.first { "matters/\($0.id).yaml" != path }?.name?.value ?? "合成"
            let lookAlike = "name: \"\(other.prefix(1))\\u200B\(other.dropFirst())\"\n" + text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("name:") }.joined(separator: "\n")
            let variants = [
                lookAlike,
                "",  // no model: its matter (or implementation) is gone for the rules
                text.replacingOccurrences(of: "promised: ", with: "promised: 99个工作日\n  note_: ").replacingOccurrences(of: "status: 草稿", with: "status: 在用"),
                text + "materials:\n  - name: 合成材料\n    license: no-such-licence\n    situations: [不存在的情形]\n",
                // Shorter than the implementations' 99 days: findings in their files.
                text + "time_limit:\n  statutory: 20个工作日\n  promised: 5个工作日\n",
            ]
            for variant in variants {
                _ = state.setOverlay(path, Array(variant.utf8))
                #expect(Self.normalized(state.heldCrossFindings) == Self.normalized(state.fullCrossFindings()), "\(path)")
                if state.heldCrossFindings.keys.contains(where: { $0.hasPrefix("regions/") }) { implementationFindings += 1 }
                edits += 1
            }
            _ = state.setOverlay(path, nil)
            #expect(Self.normalized(state.heldCrossFindings) == Self.normalized(state.fullCrossFindings()), "\(path) restored")
        }
        #expect(edits >= 3 * paths.filter { $0.hasPrefix("matters/") }.count)
        #expect(implementationFindings > 0, "no finding in an implementation: the test checks too little")
    }

    @Test func aListEditIsCheckedAcrossTheRegistry() throws {
        let state = try RegistryState(root: Self.standards.path)
        #expect(state.matterScope(["lists/kuasheng.yaml"]) == nil)
        #expect(state.matterScope(["catalog/licenses.yaml"]) == nil)
        let scope = try #require(state.matterScope(["matters/hukou-qianyi.yaml"]))
        #expect(scope.registry.matters.map(\.id) == ["hukou-qianyi"])
        #expect(scope.files.contains("lists/kuasheng.yaml"))
    }
}
