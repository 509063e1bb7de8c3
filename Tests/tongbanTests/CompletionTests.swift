import Foundation
import Testing

/// Shell completion: the scripts argument-parser writes, and the registry's own ids they ask for.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptsAskTongbanForMattersListsAndRegions(_ shell: String) throws {
        let script = try CLI.run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        for argument in ["positional@0", "--region", "--list"] {
            #expect(script.stdout.contains("---completion checklist -- \(argument)"), "\(shell): \(argument)")
        }
    }

    @Test func matterIdsWithTheTypedPrefix() throws {
        let result = try CLI.run(["---completion", "checklist", "--", "positional@0", "2", "4", "tongban", "checklist", "sheb"], in: CLI.packageRoot.appendingPathComponent("standards"))
        #expect(result.status == 0)
        #expect(result.stdout == "shebaoka-buhuan\nshebaoka-linshi-guashi\nshebaoka-qiyong\nshebaoka-shenling\n")
    }

    @Test func regionsAndListsOfTheRegistryNamed() throws {
        let registry = "Tests/TongbanKitTests/Fixtures/checklist-registry"
        let regions = try CLI.run(["---completion", "checklist", "--", "--region", "5", "0", "tongban", "checklist", "--registry", registry, "--region", ""])
        #expect(regions.stdout == "370405\n370481\n")
        let lists = try CLI.run(["---completion", "checklist", "--", "--list", "5", "0", "tongban", "checklist", "--registry", registry, "--list", ""])
        #expect(lists.stdout.split(separator: "\n").contains("kuasheng"), "\(lists.stdout)")
    }

    @Test func noRegistryCompletesNothing() throws {
        let tmp = try TemporaryDirectory()
        let result = try CLI.run(["---completion", "checklist", "--", "positional@0", "2", "0", "tongban", "checklist", ""], in: tmp.url)
        #expect(result.status == 0)
        let candidates = result.stdout.split(whereSeparator: \.isNewline)
        #expect(candidates.isEmpty, "no candidate: \(result.stdout)")
    }
}
