import Foundation
import Testing

@Suite struct SchemaCommandTests {
    @Test(arguments: ["registry", "list", "matter", "implementation", "region", "divisions", "licenses", "materials"])
    func printsEachKind(_ kind: String) throws {
        let result = try CLI.run(["schema", kind])
        #expect(result.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any])
        try Golden.check(result.stdout, "schema-\(kind).json")
    }

    @Test func matterSchemaRelaxesDraftsLikeTheLinter() throws {
        let result = try CLI.run(["schema", "matter"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["required"] as? [String] == ["name", "status", "sources"])
        let otherwise = try #require(object["else"] as? [String: Any])
        #expect(otherwise["required"] as? [String] == ["type", "department", "basis", "modes", "conditions", "materials", "time_limit", "fee", "result", "process"])
        #expect(object["additionalProperties"] as? Bool == false)
    }

    @Test func writesEveryKindToAFolder() throws {
        let dir = try TemporaryDirectory()
        let result = try CLI.run(["schema", "-o", "schemas"], in: dir.url)
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("schemas").path).sorted()
        #expect(files == ["divisions", "implementation", "licenses", "list", "materials", "matter", "region", "registry"].map { "\($0).schema.json" })
    }

    @Test func unknownKindExitsTwo() throws {
        let result = try CLI.run(["schema", "matters"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tongban: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
