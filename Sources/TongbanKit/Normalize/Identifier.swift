/// The id rule for files, lists and batches: `^[a-z0-9][a-z0-9-]{0,63}$`.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        // In place where the bytes are contiguous (always, for native strings): iterating
        // `String.UTF8View` costs more than the check itself.
        text.utf8.withContiguousStorageIfAvailable(isValid(bytes:)) ?? isValid(bytes: text.utf8)
    }

    private static func isValid<Bytes: Collection<UInt8>>(bytes: Bytes) -> Bool {
        guard let first = bytes.first, bytes.count <= 64, isLowerAlnum(first) else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    @inline(__always)
    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}
