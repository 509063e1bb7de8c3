import ArgumentParser
import Testing
import TongbanKit
@testable import tongban

/// `tongban diff` parses its everyday command lines by hand (sparing ArgumentParser's reflection
/// on every run) and leaves the rest to ArgumentParser. Both must agree wherever the hand parser
/// answers, and it must answer for the forms scripts use.
@Suite struct DiffArgumentsTests {
    static let everyday: [[String]] = [
        [],
        ["v1"],
        ["v1", "HEAD"],
        ["HEAD~3", "HEAD", "--format", "json"],
        ["--format=markdown", "v1"],
        ["v1", "v2", "--exit-code", "--lang", "en"],
        ["--list", "kuasheng", "--registry", "standards", "a", "b"],
        ["--lang=zh", "--format", "text", "--list=quansheng-shandong"],
        ["跨省/旧", "新 版"],
        ["", "v1"],
    ]

    static let leftToArgumentParser: [[String]] = [
        ["--help"], ["-h"], ["--version"], ["--format", "yaml"], ["--format"], ["--format", "--list"],
        ["--lang", "fr"], ["a", "b", "c"], ["--exit-code", "--exit-code"], ["--format", "json", "--format", "text"],
        ["--exit-code=true"], ["--unknown"], ["-"], ["--", "v1"], ["--list="], ["--registry", "-x"],
    ]

    @Test(arguments: everyday)
    func handParserAgreesWithArgumentParser(arguments: [String]) throws {
        let quick = try #require(DiffRequest.quick(arguments))
        let parsed = try DiffCommand.parse(arguments)
        #expect(quick == parsed.request)
    }

    @Test(arguments: leftToArgumentParser)
    func otherFormsGoToArgumentParser(arguments: [String]) {
        #expect(DiffRequest.quick(arguments) == nil)
    }

    @Test func readsEachOption() throws {
        let request = try #require(DiffRequest.quick(["old", "new", "--format", "markdown", "--list", "kuasheng", "--exit-code", "--registry", "std", "--lang", "en"]))
        #expect(request == DiffRequest(old: "old", new: "new", format: .markdown, list: "kuasheng", exitCode: true, registry: "std", lang: .en))
    }
}
