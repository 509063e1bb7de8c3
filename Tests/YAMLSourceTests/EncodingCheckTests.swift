import Testing
@testable import YAMLSource

/// The encoding check scans bytes with shortcuts for ASCII and three-byte sequences; it must
/// find exactly what a plain scan with `UTF8Sequence.step` finds.
@Suite struct EncodingCheckTests {
    /// The first NUL, CR and ill-formed sequence, found one step at a time.
    private func reference(_ bytes: [UInt8]) -> (nul: Int?, carriageReturn: Int?, invalid: Int?, length: Int?) {
        var nul: Int?
        var carriageReturn: Int?
        var invalid: (Int, Int)?
        var i = UTF8Sequence.hasByteOrderMark(bytes) ? 3 : 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x00 && nul == nil { nul = i }
                if b == 0x0D && carriageReturn == nil { carriageReturn = i }
                i += 1
                continue
            }
            switch UTF8Sequence.step(bytes, at: i) {
            case .valid(let n): i += n
            case .invalid(let n):
                if invalid == nil { invalid = (i, n) }
                i += n
            }
        }
        return (nul, carriageReturn, invalid?.0, invalid?.1)
    }

    private func expectSame(_ bytes: [UInt8]) {
        let check = EncodingCheck(bytes)
        let positions = SourcePositions(bytes)
        let want = reference(bytes)
        var problems: [YAMLProblem] = []
        if positions.base == 3 {
            problems.append(YAMLProblem(.byteOrderMark, range: SourceRange(start: .start, end: Mark(line: 1, column: 1, offset: 3))))
        }
        if let nul = want.nul { problems.append(YAMLProblem(.nulByte, range: positions.range(atByte: nul))) }
        if let invalid = want.invalid, let length = want.length {
            problems.append(YAMLProblem(.invalidUTF8, range: positions.range(atByte: invalid, length: length)))
        }
        if let cr = want.carriageReturn { problems.append(YAMLProblem(.carriageReturn, range: positions.range(atByte: cr))) }
        #expect(check.problems == problems, "\(bytes)")
        #expect(check.canParse == (want.nul == nil && want.invalid == nil), "\(bytes)")
    }

    @Test(arguments: [
        "", "a: 1\n", "名称: 社会保障卡\n", "\u{FEFF}a: 1", "a\r\nb", "a\u{0}b", "𠀀: 😀", "ａ：１", "\u{D7FF}\u{E000}\u{FFFD}",
    ])
    func matchesAPlainScanOnText(text: String) {
        expectSame(Array(text.utf8))
    }

    @Test(arguments: [
        [0xE4, 0xB8], [0xE4, 0xB8, 0x41], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0x80], [0xFF], [0xE4, 0x0D, 0x00], [0x00, 0x0D, 0xFF, 0x00, 0x0D, 0xFE],
    ] as [[UInt8]])
    func matchesAPlainScanOnBytes(bytes: [UInt8]) {
        expectSame(bytes)
    }

    @Test func matchesAPlainScanOnGeneratedBytes() {
        // Mostly well-formed text, with stray bytes of every kind mixed in.
        let parts: [[UInt8]] = [
            Array("a".utf8), Array("key: value\n".utf8), Array("abcdefghijklmnopq".utf8), Array("名".utf8), Array("：".utf8),
            Array("é".utf8), Array("𠀀".utf8), [0x0A], [0x0D], [0x00],
            [0x80], [0xBF], [0xC2], [0xE0], [0xE4], [0xED], [0xEF], [0xF0], [0xF4], [0xF5], [0xFF], [0xE0, 0xA0], [0xED, 0x9F],
        ]
        var state: UInt64 = 9
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            var bytes: [UInt8] = next(20) == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<next(16) { bytes += parts[next(parts.count)] }
            expectSame(bytes)
        }
    }
}
