import Foundation
import Testing
import TongbanKit

/// Adopting tongban on a registry, from the command line: `.tongban.yaml`, suppressions,
/// the baseline, the GitHub step summary, the pre-commit hooks and the CI workflows.
@Suite struct AdoptionCommandTests {
    /// A repository folder with the example registry at `standards/`; `matter` replaces its matter.
    private func repository(matter: String = ExampleRegistry.matter, extra: [String: String] = [:]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.git("init", "-q")
        var files: [String: String] = [:]
        for (path, text) in ExampleRegistry.files { files["standards/" + path] = text }
        files["standards/matters/shebaoka.yaml"] = matter
        files.merge(extra) { $1 }
        try folder.write(files)
        return folder
    }

    /// The matter with an unknown key on line 2 and a non-canonical duration (a warning).
    private static let flawed = ExampleRegistry.matter
        .replacingOccurrences(of: "type: 公共服务\n", with: "type: 公共服务\nnaem: x\n")
        .replacingOccurrences(of: "promised: 5个工作日", with: "promised: 5 个工作日")

    // MARK: - Configuration

    @Test func configurationAtTheRootOrNextToTheRegistry() throws {
        for place in ["standards/.tongban.yaml", ".tongban.yaml"] {
            let repo = try repository(matter: Self.flawed, extra: [place: "rules:\n  unknown-key: warning\n  non-canonical: off\n"])
            let result = try CLI.run(["lint", "--lang", "en", "standards"], in: repo.url)
            #expect(result.status == 0, "\(place): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.hasPrefix("standards/matters/shebaoka.yaml:3:1: warning: unknown key “naem”; did you mean “name”? [unknown-key]\n"), "\(place)")
            #expect(result.stdout.hasSuffix("0 errors, 1 warning in 8 files\n"), "\(place): \(result.stdout)")
        }
    }

    @Test func configOptionAndStrictDefault() throws {
        let repo = try repository(matter: Self.flawed, extra: ["ci.yaml": "strict: true\nrules:\n  unknown-key: off\n"])
        let strict = try CLI.run(["lint", "--lang", "en", "--config", "ci.yaml", "standards"], in: repo.url)
        #expect(strict.status == 1)
        #expect(strict.stdout.hasSuffix("0 errors, 1 warning in 8 files\n"), "\(strict.stdout)")
        let relaxed = try CLI.run(["lint", "--lang", "en", "--config", "ci.yaml", "--no-strict", "standards"], in: repo.url)
        #expect(relaxed.status == 0)
        let missing = try CLI.run(["lint", "--config", "nope.yaml", "standards"], in: repo.url)
        #expect(missing.status == 2)
        #expect(missing.stderr == "tongban: no such configuration file: nope.yaml\n")
    }

    @Test func aBadConfigurationExitsTwoWithEveryProblemAtItsPosition() throws {
        let repo = try repository(extra: [".tongban.yaml": "rules:\n  unknown-ky: off\n  confusable-text: off\nstrictt: 1\n"])
        let result = try CLI.run(["lint", "--lang", "en", "standards"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            tongban: .tongban.yaml:2:3: error: there is no rule “unknown-ky”; did you mean “unknown-key”?
            tongban: .tongban.yaml:3:20: error: rule “confusable-text” cannot be turned off or lowered (only error)
            tongban: .tongban.yaml:4:1: error: unknown configuration key “strictt”; did you mean “strict”?

            """)
    }

    @Test func aConfigurationLinkedOutsideIsNotRead() throws {
        let outside = try TemporaryDirectory()
        try outside.write(["secret.yaml": "rules:\n  TOKEN-abc123: off\n"])
        let repo = try repository()
        try FileManager.default.createSymbolicLink(atPath: repo.url.appendingPathComponent("standards/.tongban.yaml").path, withDestinationPath: outside.url.appendingPathComponent("secret.yaml").path)
        let result = try CLI.run(["lint", "--lang", "en", "standards"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.stderr == "tongban: standards/.tongban.yaml:1:1: error: cannot read the configuration: a link that points outside the registry; not read\n")
        #expect(!result.stdout.contains("TOKEN") && !result.stderr.contains("TOKEN"))
    }

    @Test func rulesShowsTheEffectiveSeverity() throws {
        let repo = try repository(extra: [".tongban.yaml": "rules:\n  unlisted-matter: off\n  non-canonical: error\n"])
        let result = try CLI.run(["rules", "--lang", "en"], in: repo.url.appendingPathComponent("standards"))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("unlisted-matter ") && $0.contains(" off ") && $0.hasSuffix(" (default: warning)") })
        #expect(lines.contains { $0.hasPrefix("non-canonical ") && $0.contains(" error ") && $0.hasSuffix(" (default: warning)") })
        #expect(lines.contains { $0.hasPrefix("stray-file ") && $0.contains(" warning ") && !$0.contains("default") })
        let explained = try CLI.run(["rules", "--lang", "en", "confusable-text"])
        #expect(explained.stdout.contains("This rule cannot be turned off or lowered in .tongban.yaml, suppressed by a comment, or baselined."))
    }

    // MARK: - Suppressions

    @Test func suppressedFindingsAreCountedAndShownOnRequest() throws {
        let matter = Self.flawed.replacingOccurrences(of: "naem: x\n", with: "naem: x  # tongban: disable-line unknown-key -- 沿用旧表\n")
        let repo = try repository(matter: matter)
        let plain = try CLI.run(["lint", "--lang", "en", "standards"], in: repo.url)
        #expect(plain.status == 0)
        #expect(plain.stdout.hasSuffix("0 errors, 1 warning in 8 files; 1 suppressed by comments\n"), "\(plain.stdout)")
        #expect(!plain.stdout.contains("naem"))
        let shown = try CLI.run(["lint", "--lang", "en", "--show-suppressed", "standards"], in: repo.url)
        #expect(shown.stdout.contains("standards/matters/shebaoka.yaml:3:1: error: unknown key “naem”; did you mean “name”? [unknown-key] (suppressed: 沿用旧表)\n"))
        let json = try CLI.run(["lint", "--format", "json", "--show-suppressed", "standards"], in: repo.url)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Int]) == ["errors": 0, "warnings": 1, "suppressed": 1])
        let suppressed = try #require(object["suppressed"] as? [[String: Any]])
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["justification"] as? String == "沿用旧表")
        #expect(suppressed.first?["suppression"] as? String == "comment")
    }

    // MARK: - Baseline

    @Test func baselineWriteMatchAndShrinkAfterLinesMove() throws {
        let repo = try repository(matter: Self.flawed)
        let write = try CLI.run(["lint", "--lang", "en", "--write-baseline", "baseline.json", "standards"], in: repo.url)
        #expect(write.status == 0)
        #expect(write.stdout == "wrote 2 findings to the baseline baseline.json\n")
        let written = try String(contentsOf: repo.url.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(written.contains("\"anchor\": \"naem\""))
        #expect(written.contains("\"anchor\": \"time_limit.promised\""))

        let clean = try CLI.run(["lint", "--lang", "en", "--strict", "--baseline", "baseline.json", "standards"], in: repo.url)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout == "no problems in 8 files; 2 in the baseline\n")

        // Lines move, one finding is fixed, a new one appears: only the new one is reported.
        let moved = "# 新增的注释\n" + Self.flawed
            .replacingOccurrences(of: "promised: 5 个工作日", with: "promised: 5个工作日")
            .replacingOccurrences(of: "visits: 0\n", with: "visits: 0\nextra: 1\n")
        try repo.write(["standards/matters/shebaoka.yaml": moved])
        let after = try CLI.run(["lint", "--lang", "en", "--baseline", "baseline.json", "standards"], in: repo.url)
        #expect(after.status == 1)
        #expect(after.stdout.hasPrefix("standards/matters/shebaoka.yaml:19:1: error: unknown key “extra”"), "\(after.stdout)")
        #expect(after.stdout.hasSuffix("1 error, 0 warnings in 8 files; 1 in the baseline; 1 baseline entry fixed\n"), "\(after.stdout)")
        let json = try CLI.run(["lint", "--format", "json", "--baseline", "baseline.json", "standards"], in: repo.url)
        #expect(json.stdout.contains("\"summary\": {\n    \"errors\": 1,\n    \"warnings\": 0,\n    \"suppressed\": 1,\n    \"baseline_fixed\": 1\n  }"))

        // Written again, the baseline shrinks to what is left (and the new finding).
        _ = try CLI.run(["lint", "--write-baseline", "baseline.json", "standards"], in: repo.url)
        let rewritten = try String(contentsOf: repo.url.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(!rewritten.contains("time_limit.promised"))
        #expect(rewritten.contains("\"anchor\": \"extra\""))
    }

    @Test func aBadBaselineExitsTwo() throws {
        let repo = try repository(extra: ["baseline.json": "{\"tool\": \"tongban\", \"baseline\": 1, \"findings\": [{\"file\": \"matters/a.yaml\", \"rule\": \"encoding\", \"anchor\": \"\", \"message\": \"x\"}]}"])
        let result = try CLI.run(["lint", "--lang", "en", "--baseline", "baseline.json", "standards"], in: repo.url)
        #expect(result.status == 2)
        #expect(result.stderr == "tongban: not a valid baseline: entry 1: findings of “encoding” cannot be baselined\n")
        let missing = try CLI.run(["lint", "--baseline", "none.json", "standards"], in: repo.url)
        #expect(missing.status == 2)
    }

    // MARK: - GitHub

    @Test func githubFormatPutsTheRestInTheStepSummary() throws {
        let keys = (1...13).map { "extra\($0): x\n" }.joined()
        let repo = try repository(matter: ExampleRegistry.matter + keys)
        let summary = repo.url.appendingPathComponent("summary.md")
        try Data("earlier step\n".utf8).write(to: summary)
        let result = try CLI.run(["lint", "--lang", "en", "--format", "github", "standards"], in: repo.url, environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 10)
        #expect(result.stdout.hasPrefix("::error file=standards/matters/shebaoka.yaml,line=24,col=1,"))
        let table = try String(contentsOf: summary, encoding: .utf8)
        #expect(table.hasPrefix("earlier step\n### tongban lint: 3 more findings than GitHub annotates\n\n| file | line | column | severity | rule | message |\n|---|---|---|---|---|---|\n"))
        #expect(table.hasSuffix("| `standards/matters/shebaoka.yaml` | 36 | 1 | error | `unknown-key` | unknown key “extra13”; the keys are: name, catalog\\_code, type, department, maintainer, status, basis, modes, audience, conditions, situations, materials, time\\_limit, visits, fee, result, process, transfer, sources |\n"), "\(table)")
        // Without the variable, every finding is a command, as before.
        let all = try CLI.run(["lint", "--format", "github", "standards"], in: repo.url)
        #expect(all.stdout.split(separator: "\n").count == 13)
    }

    // MARK: - pre-commit

    @Test(.enabled(if: Tool.exists("pre-commit") || Python.required, "needs pre-commit (pip install pre-commit)"))
    func preCommitHooksFailOnABadFileAndPassOnAGoodOne() throws {
        // The hooks repository: this repository's .pre-commit-hooks.yaml, committed.
        let hooks = try TemporaryDirectory()
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), to: hooks.url.appendingPathComponent(".pre-commit-hooks.yaml"))
        try hooks.git("init", "-q")
        try hooks.git("add", "-A")
        try hooks.git("commit", "-q", "-m", "hooks")
        let revision = try hooks.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)

        let repo = try repository(matter: Self.flawed, extra: [
            ".pre-commit-config.yaml": "repos:\n  - repo: \(hooks.url.path)\n    rev: \(revision)\n    hooks:\n      - id: tongban-lint\n      - id: tongban-fmt\n",
            "notes.yaml": "not: [a, registry, file]\n",
        ])
        try repo.git("init", "-q")
        try repo.git("add", "-A")
        let home = try TemporaryDirectory()
        let path = CLI.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let environment = ["PRE_COMMIT_HOME": home.url.path, "PATH": path, "LANG": "C.UTF-8"]
        func preCommit(_ hook: String) throws -> CLIResult {
            try Tool.run("pre-commit", ["run", hook, "--files", "standards/matters/shebaoka.yaml", "notes.yaml", "--color", "never"], in: repo.url, environment: environment)
        }

        let badLint = try preCommit("tongban-lint")
        #expect(badLint.status == 1, "\(badLint.stdout)\(badLint.stderr)")
        #expect(badLint.stdout.contains("standards/matters/shebaoka.yaml:3:1: error: unknown key “naem”"), "\(badLint.stdout)")
        let fmt = try preCommit("tongban-fmt")
        #expect(fmt.status == 1, "fmt changed a file, so the hook fails: \(fmt.stdout)")
        #expect(fmt.stdout.contains("files were modified by this hook"), "\(fmt.stdout)")
        let fmtAgain = try preCommit("tongban-fmt")
        #expect(fmtAgain.status == 0, "\(fmtAgain.stdout)")

        try repo.write(["standards/matters/shebaoka.yaml": ExampleRegistry.matter])
        let good = try preCommit("tongban-lint")
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("Passed"))
    }

    // MARK: - CI workflows

    @Test(.enabled(if: Python.has("yaml") || Python.required, "needs PyYAML"))
    func workflowsParseAndNameOnlyRealOptions() throws {
        for file in ["docs/ci/github-workflow.yml", "docs/ci/gitlab-ci.yml", ".pre-commit-hooks.yaml"] {
            // Every string of the parsed file, one JSON list: the `run:` / `script:` lines among them.
            let script = """
                import json, sys, yaml
                def strings(node):
                    if isinstance(node, dict):
                        for k, v in node.items(): yield from strings(k); yield from strings(v)
                    elif isinstance(node, list):
                        for v in node: yield from strings(v)
                    elif isinstance(node, str): yield node
                print(json.dumps(list(strings(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))))
                """
            let output = try Tool.run("python3", ["-c", script, CLI.packageRoot.appendingPathComponent(file).path], in: CLI.packageRoot)
            #expect(output.status == 0, "\(file) does not parse: \(output.stderr)")
            let strings = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String])
            var commands: [[String]] = []
            for line in strings.flatMap({ $0.split(separator: "\n") }) {
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                for (index, word) in words.enumerated() where word == "tongban" && index + 1 < words.count {
                    let rest = words[(index + 1)...].prefix { !["|", "||", "&&", ">", ";"].contains($0) }
                    commands.append(Array(rest))
                }
            }
            #expect(!commands.isEmpty, "\(file) runs no tongban command")
            for command in commands {
                guard let sub = command.first, !sub.hasPrefix("-") else { continue }
                let help = try CLI.run([sub, "--help"])
                #expect(help.status == 0, "\(file): no subcommand \(sub)")
                for option in command.dropFirst() where option.hasPrefix("--") {
                    let name = String(option.split(separator: "=")[0])
                    #expect(help.stdout.contains(name + " ") || help.stdout.contains(name + "\n") || help.stdout.contains(name + ","), "\(file): tongban \(sub) has no option \(name)")
                }
            }
        }
    }
}

/// Running an external program found on PATH.
enum Tool {
    static func exists(_ name: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(name)"], in: FileManager.default.temporaryDirectory).status) == 0
    }

    static func run(_ name: String, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
