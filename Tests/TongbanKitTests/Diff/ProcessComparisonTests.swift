import Testing
@testable import TongbanKit

/// `diff` reports changes to steps, owners, times and transfer as the fields `process` and
/// `transfer`, and compares them as normalized values.
@Suite struct ProcessComparisonTests {
    static let head = "name: 合成\nstatus: 草稿\nsources: [合成]\n"

    static func matter(_ text: String) throws -> Matter {
        let file = try #require(RegistryFile(at: "matters/a.yaml"))
        let decoded = FileDecoder.decode(Array((head + text).utf8), as: file)
        guard case .matter(let m)? = decoded.model else { throw DecodeFailure() }
        #expect(!decoded.diagnostics.contains { $0.severity == .error }, "\(decoded.diagnostics)")
        return m
    }

    struct DecodeFailure: Error {}

    static func fields(_ old: String, _ new: String) throws -> [String] {
        MatterComparison.change(from: try matter(old), to: try matter(new), name: "合成")?.fields ?? []
    }

    static let owned = "process:\n  - {step: 受理, by: 受理地, time: 1个工作日}\n  - {step: 核验, by: 迁出地, time: 5个工作日}\n"

    @Test func aPlainStepIsAStepWithNoOwner() throws {
        #expect(try Self.fields("process: [受理, 核验]\n", "process:\n  - step: 受理\n  - {step: 核验}\n") == [])
    }

    @Test func ownersTimesAndPresenceAreProcessChanges() throws {
        #expect(try Self.fields("process: [受理, 核验]\n", Self.owned) == ["process"])
        #expect(try Self.fields(Self.owned, Self.owned.replacingOccurrences(of: "迁出地", with: "迁入地")) == ["process"])
        #expect(try Self.fields(Self.owned, Self.owned.replacingOccurrences(of: "5个工作日", with: "3个工作日")) == ["process"])
        #expect(try Self.fields(Self.owned, Self.owned.replacingOccurrences(of: "time: 1个工作日}", with: "time: 1个工作日, applicant: 到场}")) == ["process"])
    }

    @Test func spellingsThatMeanTheSameAreNoChange() throws {
        #expect(try Self.fields(Self.owned, Self.owned.replacingOccurrences(of: "5个工作日", with: "五个工作日").replacingOccurrences(of: "受理地", with: "代收地")) == [])
        #expect(try Self.fields("transfer: [寄递]\n", "transfer: [邮寄]\n") == [])
    }

    @Test func transferIsItsOwnField() throws {
        #expect(try Self.fields("", "transfer: [寄递]\n") == ["transfer"])
        #expect(try Self.fields("transfer: [寄递]\n", "transfer: [寄递, 系统转送]\n") == ["transfer"])
        #expect(try Self.fields("transfer: [寄递]\n" + Self.owned, Self.owned) == ["transfer"])
    }
}
