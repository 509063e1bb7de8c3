import Foundation
import Testing
import YAMLSource
@testable import TongbanKit

/// The baseline: written, matched, and shrinking when lines move and problems are fixed; key
/// paths; SARIF suppressions; fmt keeping suppression comments.
@Suite struct BaselineTests {
    private static let matter = """
        name: 示例
        status: 草稿
        sources: [x]
        materials:
          - name: 居民身份证
            copies: 1
            colour: 红
          - name: 户口簿
            colour: 蓝
        naem: x
        time_limit:
          promised: 5个工作日
          statutoy: 20个工作日

        """

    private func source(_ matter: String) -> InMemorySource {
        var files = ExampleRegistry.files
        files["matters/a.yaml"] = matter
        return InMemorySource(texts: files)
    }

    private func baseline(of matter: String) throws -> (Registry, [Baseline.Entry]) {
        let source = source(matter)
        let registry = try Linter.lint(source)
        return (registry, Baseline.entries(for: registry.diagnostics, source: source))
    }

    @Test func entriesCarryKeyPathsNotLines() throws {
        let (_, entries) = try baseline(of: Self.matter)
        #expect(entries.map { "\($0.file) \($0.rule) \($0.anchor)" } == [
            "matters/a.yaml unlisted-matter ",
            "matters/a.yaml unknown-key materials[居民身份证].colour",
            "matters/a.yaml unknown-key materials[户口簿].colour",
            "matters/a.yaml unknown-key naem",
            "matters/a.yaml unknown-key time_limit.statutoy",
        ])
        #expect(entries[4].message.hasPrefix("unknown key “statutoy”; did you mean “statutory”?"))
    }

    @Test func matchesAfterLinesMoveAndCountsTheFixed() throws {
        let (_, entries) = try baseline(of: Self.matter)
        let recorded = Baseline(entries: entries)
        // Lines move (a comment and a key above), one problem is fixed, one is new.
        let edited = "# 新的注释\ndepartment: 公安部\n" + Self.matter
            .replacingOccurrences(of: "naem: x\n", with: "")
            .replacingOccurrences(of: "    copies: 1\n", with: "    copies: 1\n    size: A4\n")
        let (registry, now) = try baseline(of: edited)
        let (new, known, fixed) = recorded.match(registry.diagnostics, entries: now, selected: { _ in true })
        #expect(new.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" } == ["9:5 unknown-key"])
        #expect(known.count == 4)
        #expect(fixed == 1)
        // Entries for files not checked are not counted as fixed.
        #expect(recorded.match([], entries: [], selected: { $0 == "matters/b.yaml" }).fixed == 0)
    }

    @Test func lineNumbersInMessagesDoNotBreakAMatch() {
        let message = Message(zh: "键“a”重复，第 3 行已有", en: "key “a” repeats the one on line 3")
        #expect(Baseline.stableMessage(message) == "key “a” repeats the one on line …")
        #expect(Baseline.stableMessage(Message(zh: "", en: "a line of text, line 12, line x")) == "a line of text, line …, line x")
    }

    @Test func aRepeatedFindingNeedsAsManyEntries() throws {
        let (registry, entries) = try baseline(of: Self.matter)
        let once = Baseline(entries: Array(entries.prefix(2)))
        let (new, known, fixed) = once.match(registry.diagnostics, entries: entries, selected: { _ in true })
        #expect((new.count, known.count, fixed) == (3, 2, 0))
    }

    @Test func theFileIsSortedStableJSONThatReadsBack() throws {
        let entries = [
            Baseline.Entry(file: "matters/b.yaml", rule: "unknown-key", anchor: "x", message: "m"),
            Baseline.Entry(file: "matters/a.yaml", rule: "unknown-key", anchor: "y", message: "m\u{1B}"),
        ]
        let text = Baseline(entries: entries).rendered()
        #expect(text == Baseline(entries: entries.reversed()).rendered())
        #expect(text == """
            {
              "tool": "tongban",
              "baseline": 1,
              "findings": [
                {
                  "file": "matters/a.yaml",
                  "rule": "unknown-key",
                  "anchor": "y",
                  "message": "m\\u001b"
                },
                {
                  "file": "matters/b.yaml",
                  "rule": "unknown-key",
                  "anchor": "x",
                  "message": "m"
                }
              ]
            }

            """)
        #expect(try Baseline.parse(Array(text.utf8)) == Baseline(entries: entries))
    }

    @Test func badBaselinesAreRefused() {
        func reason(_ text: String) -> String? {
            do { _ = try Baseline.parse(Array(text.utf8)); return nil } catch { return (error as? RunFailure)?.message.en }
        }
        #expect(reason("[]") == "not a valid baseline: expected the JSON that tongban --write-baseline writes")
        #expect(reason(#"{"tool":"tongban","baseline":2,"findings":[]}"#) == "not a valid baseline: the version must be 1")
        #expect(reason(#"{"tool":"tongban","baseline":1,"findings":[{"file":"a"}]}"#) == "not a valid baseline: entry 1 needs file, rule, anchor and message")
        #expect(reason(#"{"tool":"tongban","baseline":1,"findings":[{"file":"a","rule":"nope","anchor":"","message":""}]}"#) == "not a valid baseline: entry 1 names no rule: “nope”")
        #expect(reason(#"{"tool":"tongban","baseline":1,"findings":[{"file":"a","rule":"confusable-text","anchor":"","message":""}]}"#) == "not a valid baseline: entry 1: findings of “confusable-text” cannot be baselined")
        #expect(reason(#"{"tool":"tongban","baseline":1,"findings":[]}"#) == nil)
    }

    @Test func keyPaths() {
        let root = YAMLReader.read(Array("a:\n  - id: x\n    b: 1\n  - c: 2\nd: [3]\n".utf8)).root
        func at(_ line: Int, _ column: Int) -> String {
            KeyPath.at(SourceRange(at: Mark(line: line, column: column, offset: 1)), in: root)
        }
        #expect(at(3, 5) == "a[x].b")
        #expect(at(3, 8) == "a[x].b")
        #expect(at(4, 8) == "a[1].c")
        #expect(at(5, 5) == "d[0]")
        #expect(at(1, 1) == "a")
        #expect(KeyPath.at(.fileStart, in: root) == "")
        #expect(KeyPath.at(SourceRange(at: Mark(line: 3, column: 5, offset: 1)), in: nil) == "")
    }

    @Test func sarifMarksSuppressedResults() throws {
        var report = LintReport(diagnostics: [], fileCount: 1, toolVersion: "0")
        let finding = Diagnostic(file: "matters/a.yaml", range: SourceRange(at: Mark(line: 4, column: 1, offset: 30)), rule: .unknownKey, message: Message(zh: "键", en: "key"))
        report.suppressed = [
            SuppressedDiagnostic(diagnostic: finding, kind: .inSource, justification: "旧表沿用\u{1B}"),
            SuppressedDiagnostic(diagnostic: finding, kind: .baseline, justification: "baseline.json"),
        ]
        let json = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter.render(report, language: .en).utf8)) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let suppressions = results.map { ($0["suppressions"] as? [[String: String]]) ?? [] }
        #expect(suppressions == [
            [["kind": "inSource", "justification": "旧表沿用\\u{1B}"]],
            [["kind": "external", "justification": "baseline.json"]],
        ])
        #expect(results.first?["ruleId"] as? String == "unknown-key")
    }

    @Test func fmtKeepsSuppressionComments() {
        let text = "name: 示例\nstatus: 草稿\n# tongban: disable-line unknown-key -- 旧表沿用\nnaem: x\ndepartment: 说明(试行)  # tongban: disable-line non-canonical -- 保留原文\nsources: [x]\n"
        let file = RegistryFile(path: "matters/a.yaml", kind: .matter, id: "a", division: nil)
        guard case .formatted(let bytes) = FileFormatter.format(Array(text.utf8), as: file) else {
            Issue.record("not formatted")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self) == text.replacingOccurrences(of: "说明(试行)", with: "说明（试行）"))
    }
}
