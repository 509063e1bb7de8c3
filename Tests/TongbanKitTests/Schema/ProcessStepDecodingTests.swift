import Testing
@testable import TongbanKit

/// `process` items are text or `{step, by, time, applicant}`; `transfer` is a list of terms;
/// anything else is a finding at the node, never a crash.
@Suite struct ProcessStepDecodingTests {
    static func findings(_ body: String) throws -> [String] {
        let file = try #require(RegistryFile(at: "matters/a.yaml"))
        let decoded = FileDecoder.decode(Array(("name: 合成\nstatus: 草稿\nsources: [合成]\n" + body).utf8), as: file)
        return decoded.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
    }

    @Test(arguments: [
        ("process:\n  - {step: 受理, by: 受理地, time: 1个工作日, applicant: 到场}\n", [String]()),
        ("process:\n  - {step: 受理, by: 天上}\n", ["5:20 invalid-value"]),
        ("process:\n  - {by: 受理地}\n", ["5:5 missing-field"]),
        ("process:\n  - [受理]\n", ["5:5 invalid-type"]),
        ("process:\n  - {step: 受理, owner: 受理地}\n", ["5:16 unknown-key"]),
        ("process:\n  - {step: 受理, time: 很久}\n", ["5:22 invalid-value"]),
        ("process:\n  - {step: 受理, applicant: yes}\n", ["5:27 ambiguous-scalar"]),
        ("process:\n  - {step: 受理, by: 代收地}\n", ["5:20 non-canonical"]),
        ("transfer: [飞鸽]\n", ["4:12 invalid-value"]),
        ("transfer: 寄递\n", ["4:11 invalid-type"]),
    ])
    func findingsAtTheNode(_ body: String, _ expected: [String]) throws {
        #expect(try Self.findings(body) == expected)
    }

    @Test func regionFileKeysAndStandardElements() throws {
        let file = try #require(RegistryFile(at: "regions/370405/region.yaml"))
        #expect(file.kind == .region)
        let decoded = FileDecoder.decode(Array("windows:\n  - address: 示例路\nmodes: [代收代办]\nagency: 某局\nsources: [合成]\n".utf8), as: file)
        #expect(decoded.diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule.rawValue)" }
            == ["2:5 missing-field", "3:1 regional-difference", "4:1 unknown-key"])
    }
}
