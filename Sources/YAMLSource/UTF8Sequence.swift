/// Decoding helpers over raw bytes, shared by the encoding checks and mark conversion.
enum UTF8Sequence {
    /// The outcome of reading one UTF-8 sequence.
    enum Step: Equatable {
        /// A well-formed sequence of this many bytes.
        case valid(Int)
        /// An ill-formed sequence; the count is the maximal ill-formed prefix (at least 1).
        case invalid(Int)
    }

    /// Reads the sequence starting at `i` (which must be a valid index).
    static func step(_ bytes: [UInt8], at i: Int) -> Step {
        bytes.withUnsafeBufferPointer { step($0, at: i) }
    }

    /// Reads the sequence starting at `i` (which must be a valid index).
    @inline(__always)
    static func step(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Step {
        let lead = bytes[i]
        if lead < 0x80 { return .valid(1) }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return .invalid(1)
        }
        for k in 1..<length {
            guard i + k < bytes.count else { return .invalid(k) }
            let b = bytes[i + k]
            let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard b >= lo && b <= hi else { return .invalid(k) }
        }
        return .valid(length)
    }

    /// The width of the sequence at `i`, counting an ill-formed byte as one.
    static func width(_ bytes: [UInt8], at i: Int) -> Int {
        if case .valid(let n) = step(bytes, at: i) { return n }
        return 1
    }

    /// Whether the bytes start with a UTF-16 byte-order mark (FF FE or FE FF), by which libyaml
    /// would read them as UTF-16.
    static func startsLikeUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    /// Whether `bytes` starts with a UTF-8 byte-order mark.
    static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}
