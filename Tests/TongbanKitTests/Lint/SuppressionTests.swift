import Testing
import YAMLSource
@testable import TongbanKit

/// `# tongban: disable-line` / `disable-file` comments: every form, with and without a reason,
/// unused, and what is not a comment.
@Suite struct SuppressionTests {
    /// The example registry with `text` as a lonely draft matter (`matters/a.yaml`, on no list).
    private func lint(_ text: String, configuration: LintConfiguration = .default) throws -> Registry {
        var files = ExampleRegistry.files
        files["matters/a.yaml"] = text
        return try Linter.lint(InMemorySource(texts: files), configuration: configuration)
    }

    private func reported(_ registry: Registry) -> [String] {
        registry.diagnostics.map { "\($0.file):\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue) \($0.severity.rawValue)" }
    }

    private func suppressed(_ registry: Registry) -> [String] {
        registry.suppressed.map { "\($0.diagnostic.range.start.line):\($0.diagnostic.range.start.column) \($0.diagnostic.rule.rawValue) — \($0.justification)" }
    }

    private let draft = "name: 示例\nstatus: 草稿\nsources: [x]\n"

    @Test func nothingSuppressedWithoutComments() throws {
        let registry = try lint(draft + "naem: x\n")
        #expect(reported(registry) == ["matters/a.yaml:1:1 unlisted-matter warning", "matters/a.yaml:4:1 unknown-key error"])
        #expect(registry.suppressed.isEmpty)
    }

    @Test func onTheSameLine() throws {
        let registry = try lint(draft + "naem: x  # tongban: disable-line unknown-key -- 旧表沿用\n# tongban: disable-file unlisted-matter -- 待列入清单\n")
        #expect(reported(registry) == [])
        #expect(suppressed(registry) == ["1:1 unlisted-matter — 待列入清单", "4:1 unknown-key — 旧表沿用"])
    }

    @Test func onTheLineAboveSkippingBlankAndCommentLines() throws {
        let registry = try lint(draft + "# tongban: disable-line unknown-key -- 旧表沿用\n\n# 另一条注释\nnaem: x\nfoo: y\n")
        #expect(reported(registry) == ["matters/a.yaml:1:1 unlisted-matter warning", "matters/a.yaml:8:1 unknown-key error"])
        #expect(suppressed(registry) == ["7:1 unknown-key — 旧表沿用"])
    }

    @Test func severalRulesInOneComment() throws {
        let registry = try lint("# tongban: disable-file unlisted-matter, unknown-key -- 旧表\n" + draft + "naem: x\nfoo: y\n")
        #expect(reported(registry) == [])
        #expect(suppressed(registry) == ["1:1 unlisted-matter — 旧表", "5:1 unknown-key — 旧表", "6:1 unknown-key — 旧表"])
    }

    @Test func withoutAReasonItIsAFindingAndSilencesNothing() throws {
        for comment in ["# tongban: disable-line unknown-key", "# tongban: disable-line unknown-key --", "# tongban: disable-line unknown-key --   "] {
            let registry = try lint(draft + "naem: x  " + comment + "\n")
            #expect(reported(registry) == ["matters/a.yaml:1:1 unlisted-matter warning", "matters/a.yaml:4:1 unknown-key error", "matters/a.yaml:4:10 suppression error"], "\(comment)")
            #expect(registry.diagnostics.last?.message.en == "a suppression needs a reason: “# tongban: disable-line RULE -- reason”; this comment has no effect")
            #expect(registry.diagnostics.last?.range.end.column == 10 + comment.count)
        }
    }

    @Test func unknownRulesDirectivesAndFixedRulesAreFindings() throws {
        let registry = try lint(draft + """
            # tongban: disable-line unkown-key -- 拼错
            naem: x
            # tongban: disable-lines unknown-key -- 拼错
            foo: x
            # tongban: disable-file confusable-text -- 不能抑制
            # tongban: disable-file unused-suppression -- 不能抑制
            # tongban: disable-line -- 没写规则

            """)
        #expect(registry.diagnostics.filter { $0.rule == .suppression }.map { "\($0.range.start.line): \($0.message.en)" } == [
            "4: there is no rule “unkown-key”; did you mean “unknown-key”? This comment has no effect",
            "6: unknown directive “disable-lines”: use disable-line or disable-file; this comment has no effect",
            "8: rule “confusable-text” cannot be suppressed; this comment has no effect",
            "9: rule “unused-suppression” cannot be suppressed; this comment has no effect",
            "10: the suppression names no rule: write “# tongban: disable-line RULE -- reason”; this comment has no effect",
        ])
        #expect(registry.diagnostics.filter { $0.rule == .unknownKey }.map(\.range.start.line) == [5, 7])
    }

    @Test func unusedIsAWarningAtTheComment() throws {
        let registry = try lint(draft + "visits: 0  # tongban: disable-line unknown-key, invalid-value -- 旧表\n# tongban: disable-file stray-file -- 无用\n")
        #expect(reported(registry) == [
            "matters/a.yaml:1:1 unlisted-matter warning",
            "matters/a.yaml:4:12 unused-suppression warning",
            "matters/a.yaml:4:12 unused-suppression warning",
            "matters/a.yaml:5:1 unused-suppression warning",
        ])
        #expect(registry.diagnostics.filter { $0.rule == .unusedSuppression }.map(\.message.en) == [
            "no finding of “invalid-value” on this line: remove the suppression",
            "no finding of “unknown-key” on this line: remove the suppression",
            "no finding of “stray-file” in this file: remove the suppression",
        ])
    }

    @Test func unusedSuppressionFollowsTheConfiguration() throws {
        let text = draft + "# tongban: disable-file stray-file -- 无用\n"
        let off = try lint(text, configuration: LintConfiguration(rules: [.unusedSuppression: .off]))
        #expect(reported(off) == ["matters/a.yaml:1:1 unlisted-matter warning"])
        let error = try lint(text, configuration: LintConfiguration(rules: [.unusedSuppression: .error]))
        #expect(reported(error) == ["matters/a.yaml:1:1 unlisted-matter warning", "matters/a.yaml:4:1 unused-suppression error"])
    }

    @Test func aRuleTurnedOffLeavesItsSuppressionUnused() throws {
        let registry = try lint("# tongban: disable-file unlisted-matter -- 待列入\n" + draft, configuration: LintConfiguration(rules: [.unlistedMatter: .off]))
        #expect(reported(registry) == ["matters/a.yaml:1:1 unused-suppression warning"])
    }

    @Test func theConfigurationChangesSeveritiesPerPath() throws {
        let configuration = LintConfiguration(rules: [.unlistedMatter: .error], overrides: [
            .init(files: [Glob("matters/a.yaml")], rules: [.unknownKey: .warning]),
        ])
        let registry = try lint(draft + "naem: x\n", configuration: configuration)
        #expect(reported(registry) == ["matters/a.yaml:1:1 unlisted-matter error", "matters/a.yaml:4:1 unknown-key warning"])
    }

    @Test func hashesInsideScalarsAreNotComments() throws {
        let text = draft.replacingOccurrences(of: "sources: [x]", with: """
            sources:
              - "# tongban: disable-file unlisted-matter -- 引号内"
              - '# tongban: disable-file unlisted-matter -- 引号内'
              - |
                # tongban: disable-file unlisted-matter -- 块标量内
              - a# tongban: disable-file unlisted-matter -- 不是注释
            """)
        let registry = try lint(text)
        // A source is one line of text: the block scalar is `invalid-type`, and stays reported.
        #expect(reported(registry) == ["matters/a.yaml:1:1 unlisted-matter warning", "matters/a.yaml:8:5 invalid-type error"])
        #expect(registry.suppressions.isEmpty)
    }

    @Test func commentsAreFoundOutsideScalarsOnly() {
        let text = "a: \"#x\"  # one\nb: |\n  # text\n# two\nc: d#e\n"
        let bytes = Array(text.utf8)
        let comments = YAMLComment.all(in: bytes, document: YAMLReader.read(bytes))
        #expect(comments.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.column) \($0.text) own=\($0.ownLine) next=\($0.nextContentLine.map(String.init) ?? "-")" } == [
            "1:10-15  one own=false next=-",
            "4:1-6  two own=true next=5",
        ])
    }

    @Test func aFileWithASyntaxErrorHasNoSuppressions() {
        let bytes = Array("a: [\n# tongban: disable-file unknown-key -- x\n".utf8)
        #expect(SuppressionComments.scan(bytes, file: "matters/a.yaml").suppressions.isEmpty)
    }

    @Test func theQuickSearchFindsOnlyTheMarker() {
        #expect(SuppressionComments.mayHoldDirective(Array("a: 1 #  tongban: x".utf8)))
        #expect(SuppressionComments.mayHoldDirective(Array("#tongban:".utf8)))
        #expect(!SuppressionComments.mayHoldDirective(Array("a: 1 # tongban x\ntongban: 2\n#".utf8)))
        #expect(!SuppressionComments.mayHoldDirective([]))
    }
}
