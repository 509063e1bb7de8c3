/// The checks on raw bytes that run before libyaml sees them.
struct EncodingCheck {
    /// Every encoding problem found, each kind at most once, at its first occurrence.
    var problems: [YAMLProblem] = []
    /// False when the bytes must not be handed to libyaml (invalid UTF-8 or a NUL byte).
    var canParse = true

    init(_ bytes: [UInt8]) {
        let positions = SourcePositions(bytes)
        if positions.base == 3 { problems.append(Self.byteOrderMark) }
        let scan = bytes.withUnsafeBufferPointer { Self.scan($0, from: positions.base) }
        let nul = scan.nul
        let carriageReturn = scan.carriageReturn
        let invalid = scan.invalid
        if let nul {
            problems.append(YAMLProblem(.nulByte, range: positions.range(atByte: nul)))
        }
        if let invalid {
            problems.append(YAMLProblem(.invalidUTF8, range: positions.range(atByte: invalid.offset, length: invalid.length)))
        }
        if let carriageReturn {
            problems.append(YAMLProblem(.carriageReturn, range: positions.range(atByte: carriageReturn)))
        }
        canParse = nul == nil && invalid == nil
    }

    /// A byte-order mark, reported over its three bytes.
    static let byteOrderMark = YAMLProblem(.byteOrderMark, range: SourceRange(start: .start, end: Mark(line: 1, column: 1, offset: 3)))

    /// The problems of bytes known to be well-formed UTF-8 without a NUL (libyaml read them all):
    /// the byte-order mark and the first carriage return, as `init` reports them.
    static func wellFormedTextProblems(_ bytes: [UInt8]) -> [YAMLProblem] {
        let positions = SourcePositions(bytes)
        var problems: [YAMLProblem] = []
        if positions.base == 3 { problems.append(byteOrderMark) }
        if let carriageReturn = firstCarriageReturn(bytes, from: positions.base) {
            problems.append(YAMLProblem(.carriageReturn, range: positions.range(atByte: carriageReturn)))
        }
        return problems
    }

    /// The offset of the first carriage return at or after `start`, eight bytes at a time.
    static func firstCarriageReturn(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var i = start
            if let base = buffer.baseAddress {
                while i + 8 <= buffer.count && !hasZeroByte(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ carriageReturns) {
                    i += 8
                }
            }
            while i < buffer.count {
                if buffer[i] == 0x0D { return i }
                i += 1
            }
            return nil
        }
    }

    /// Where the first NUL byte, carriage return and ill-formed UTF-8 sequence are.
    private struct Scan {
        var nul: Int?
        var carriageReturn: Int?
        var invalid: (offset: Int, length: Int)?

        var isComplete: Bool { nul != nil && carriageReturn != nil && invalid != nil }
    }

    /// One pass over the bytes from `start`, stopping early once all three are found. Plain
    /// ASCII and well-formed three-byte sequences (most Chinese text) are taken inline;
    /// everything else is read by `UTF8Sequence.step`.
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Scan {
        var scan = Scan()
        var i = start
        let count = buffer.count
        scanning: while i < count {
            let b = buffer[i]
            if b < 0x80 {
                // In ASCII text, eight bytes at a time: no high bit set, no NUL, no CR.
                if i + 8 <= count, let base = buffer.baseAddress {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & highBits == 0 && !hasZeroByte(word) && !hasZeroByte(word ^ carriageReturns) {
                        i += 8
                        continue
                    }
                }
                i += 1
                // NUL and CR are the only ASCII bytes of interest, both below 0x0E.
                if b < 0x0E && (b == 0x00 || b == 0x0D) {
                    if b == 0x00 && scan.nul == nil { scan.nul = i - 1 }
                    if b == 0x0D && scan.carriageReturn == nil { scan.carriageReturn = i - 1 }
                    if scan.isComplete { break scanning }
                }
                continue
            }
            // E1–EC and EE–EF take any two continuation bytes (E0 and ED have narrower ranges).
            if b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < count && buffer[i + 1] & 0xC0 == 0x80 && buffer[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            switch UTF8Sequence.step(buffer, at: i) {
            case .valid(let n):
                i += n
            case .invalid(let n):
                if scan.invalid == nil { scan.invalid = (i, n) }
                i += n
                if scan.isComplete { break scanning }
            }
        }
        return scan
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

    /// Whether any byte of `word` is zero (exact as a yes or no, whatever the byte order).
    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & highBits != 0
    }
}
