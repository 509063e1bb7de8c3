import Testing
@testable import TongbanKit

@Suite struct ObjectIDTests {
    @Test(arguments: [
        "da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "0000000000000000000000000000000000000000",
        "ffffffffffffffffffffffffffffffffffffffff",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ])
    func hexRoundTrips(hex: String) throws {
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex)
        #expect(id.byteCount == hex.count / 2)
        #expect(ObjectID(hex: hex.uppercased()) == id)
        #expect(id.description == hex)
    }

    @Test(arguments: ["", "abc", "da39a3ee5e6b4b0d3255bfef95601890afd8070", "da39a3ee5e6b4b0d3255bfef95601890afd807090",
                      "ga39a3ee5e6b4b0d3255bfef95601890afd80709", "da39a3ee5e6b4b0d3255bfef95601890afd8070 "])
    func rejectsWhatIsNotAnID(text: String) {
        #expect(ObjectID(hex: text) == nil)
    }

    /// Ids order as their hex does, so sorted ids list as git lists them.
    @Test func ordersAsTheHexDoes() throws {
        var generator = SystemRandomNumberGenerator()
        let hexes = (0..<200).map { _ in
            String((0..<40).map { _ in "0123456789abcdef".randomElement(using: &generator) ?? "0" })
        } + ["00", "ff"].map { String(repeating: $0, count: 20) }
        let ids = try hexes.map { try #require(ObjectID(hex: $0)) }
        #expect(ids.sorted().map(\.hex) == hexes.sorted())
        #expect(Set(ids).count == Set(hexes).count)
    }

    @Test func rawBytesAreTheHexDigitPairs() {
        let bytes: [UInt8] = (0..<20).map { UInt8($0 * 13 % 256) }
        let id = ObjectID(rawBytes: bytes)
        #expect(id.hex == bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
        #expect(bytes.withUnsafeBytes { ObjectID(raw: $0) } == id)
        #expect(ObjectID(rawBytes: bytes + [0]) != id)  // 21 bytes is another id
    }
}
