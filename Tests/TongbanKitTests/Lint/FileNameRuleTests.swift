import Testing
@testable import TongbanKit

@Suite struct FileNameRuleTests {
    @Test(arguments: ["a.yml", "a.yaml", ".yml", "yml", "a.ym", "a.yml\u{301}", "\u{600}.yml", "a.YML", "社.yml", "", "l", "a.xml"])
    func ymlSuffixMatchesTheCharacterCheck(path: String) {
        #expect(FileNameRule.hasYMLSuffix(path) == path.hasSuffix(".yml"))
    }

    /// Folders are checked once per run of files in them: every file of a bad folder is still
    /// reported, and a good folder after a bad one is not.
    @Test func everyFileOfAnUnlistedFolderIsReported() throws {
        let scratch = try ScratchRegistry()
        let implementation = "agency: 示例机关\nsources: [示例]\n"
        for folder in ["379999", "37040x", "370405"] {
            for matter in ["a", "b"] { try scratch.put("regions/\(folder)/\(matter).yaml", implementation) }
        }
        let registry = try scratch.load()
        for folder in ["379999", "37040x"] {
            for matter in ["a", "b"] {
                #expect(scratch.findings(in: "regions/\(folder)/\(matter).yaml", of: registry).contains("1:1 file-name"), "\(folder)/\(matter)")
            }
        }
        for matter in ["a", "b"] {
            #expect(!scratch.findings(in: "regions/370405/\(matter).yaml", of: registry).contains("1:1 file-name"))
        }
    }
}
