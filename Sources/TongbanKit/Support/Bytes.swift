// Byte-level checks, for the hot paths that read UTF-8 directly.

@inline(__always) func isDigitByte(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

@inline(__always) func isASCIILetterByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
}

/// Whether `a` and `b` have the same UTF-8 bytes (then they are certainly equal strings),
/// compared in place rather than through `String.UTF8View`'s iterator.
func hasSameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    return a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
    }.flatMap { $0 } ?? a.utf8.elementsEqual(b.utf8)
}
