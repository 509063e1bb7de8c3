/// A git object id: 20 bytes in a SHA-1 repository, 32 in a SHA-256 one.
///
/// The bytes are held inline (no heap storage), so a listing of thousands of files compares and
/// hashes its ids without allocating; `hex` spells them out when a name is needed.
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id's bytes, big-endian in four words, so words compare in the order the hex does.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// How many bytes the id has (20 or 32).
    public private(set) var byteCount: Int

    /// An id from its hex text (either case); nil unless it is 40 or 64 hex digits.
    public init?(hex: some StringProtocol) {
        let digits = Array(hex.utf8)
        guard digits.count == 40 || digits.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(rawBytes: bytes)
    }

    /// The id whose raw bytes (as in a tree object) are `bytes`: 20 or 32 of them (more are cut off).
    init(rawBytes bytes: some Collection<UInt8>) {
        self = Array(bytes).withUnsafeBytes { ObjectID(raw: $0) }
    }

    /// The id whose raw bytes are `raw`: 20 or 32 of them (more are cut off).
    init(raw: UnsafeRawBufferPointer) {
        byteCount = Swift.min(raw.count, 32)
        var memory: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &memory) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw.prefix(32))) }
        words = (UInt64(bigEndian: memory.0), UInt64(bigEndian: memory.1), UInt64(bigEndian: memory.2), UInt64(bigEndian: memory.3))
    }

    /// The id git gives a file with these bytes in a SHA-1 repository: SHA-1 of `blob <size>\0` and the bytes.
    /// In a SHA-256 repository the ids differ from git's, so every file merely looks changed and is compared by value.
    public static func blob(of bytes: [UInt8]) -> ObjectID {
        var hasher = SHA1()
        hasher.update(Array("blob \(bytes.count)\0".utf8))
        hasher.update(bytes)
        return ObjectID(rawBytes: hasher.finalize())
    }

    /// The id in lowercase hex, as git prints it.
    public var hex: String {
        let digits: StaticString = "0123456789abcdef"
        let memory = (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
        return withUnsafeBytes(of: memory) { raw in
            String(unsafeUninitializedCapacity: byteCount * 2) { text in
                for offset in 0..<byteCount {
                    text[2 * offset] = digits.utf8Start[Int(raw[offset] >> 4)]
                    text[2 * offset + 1] = digits.utf8Start[Int(raw[offset] & 0x0F)]
                }
                return byteCount * 2
            }
        }
    }

    public var description: String { hex }

    public static func == (a: ObjectID, b: ObjectID) -> Bool {
        a.byteCount == b.byteCount && a.words == b.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
        hasher.combine(byteCount)
    }

    /// Ordered as the hex texts are.
    public static func < (a: ObjectID, b: ObjectID) -> Bool {
        (a.words.0, a.words.1, a.words.2, a.words.3, a.byteCount) < (b.words.0, b.words.1, b.words.2, b.words.3, b.byteCount)
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case 48...57: digit - 48
        case 97...102: digit - 87
        case 65...70: digit - 55
        default: nil
        }
    }
}
