/// A git object id in lowercase hex (40 digits for SHA-1 repositories, 64 for SHA-256).
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hex: String

    /// An id from its hex text; nil unless it is 40 or 64 hex digits.
    public init?(hex: some StringProtocol) {
        let lower = hex.lowercased()
        guard lower.utf8.count == 40 || lower.utf8.count == 64,
              lower.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.hex = lower
    }

    /// The id git gives a file with these bytes in a SHA-1 repository: SHA-1 of `blob <size>\0` and the bytes.
    /// In a SHA-256 repository the ids differ from git's, so every file merely looks changed and is compared by value.
    public static func blob(of bytes: [UInt8]) -> ObjectID {
        var hasher = SHA1()
        hasher.update(Array("blob \(bytes.count)\0".utf8))
        hasher.update(bytes)
        return ObjectID(rawBytes: hasher.finalize())
    }

    /// The id whose raw bytes (as in a tree object) are `bytes`.
    init(rawBytes bytes: some Collection<UInt8>) {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        hex = String(decoding: text, as: UTF8.self)
    }

    public var description: String { hex }

    public static func < (a: ObjectID, b: ObjectID) -> Bool { a.hex < b.hex }
}
