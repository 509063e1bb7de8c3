/// The checks on raw bytes that run before libyaml sees them.
struct EncodingCheck {
    /// Every encoding problem found, each kind at most once, at its first occurrence.
    var problems: [YAMLProblem] = []
    /// False when the bytes must not be handed to libyaml (invalid UTF-8 or a NUL byte).
    var canParse = true

    init(_ bytes: [UInt8]) {
        let positions = SourcePositions(bytes)
        if positions.base == 3 {
            problems.append(YAMLProblem(.byteOrderMark, range: SourceRange(
                start: .start, end: Mark(line: 1, column: 1, offset: 3))))
        }
        var nul: Int?
        var carriageReturn: Int?
        var invalid: (offset: Int, length: Int)?
        bytes.withUnsafeBufferPointer { buffer in
            var i = positions.base
            let count = buffer.count
            while i < count && (nul == nil || carriageReturn == nil || invalid == nil) {
                let b = buffer[i]
                if b < 0x80 {
                    if b == 0x00 && nul == nil { nul = i }
                    if b == 0x0D && carriageReturn == nil { carriageReturn = i }
                    i += 1
                    continue
                }
                switch UTF8Sequence.step(buffer, at: i) {
                case .valid(let n):
                    i += n
                case .invalid(let n):
                    if invalid == nil { invalid = (i, n) }
                    i += n
                }
            }
        }
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
}
