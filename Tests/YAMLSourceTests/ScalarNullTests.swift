import Foundation
import Testing
import YAMLSource

@Suite struct ScalarNullTests {
    /// `isNull` as written before it skipped long text: the five comparisons alone.
    private func referenceIsNull(_ s: Scalar) -> Bool {
        s.style == .plain && (s.value.isEmpty || s.value == "~" || s.value == "null" || s.value == "Null" || s.value == "NULL")
    }

    @Test(arguments: ["", "~", "null", "Null", "NULL", "nul", "nulls", "NULl", " null", "社会", "n\u{75}ll", "\u{212A}", "~\u{301}"])
    func matchesTheComparisons(text: String) {
        for style in [ScalarStyle.plain, .singleQuoted, .doubleQuoted, .literal, .folded] {
            #expect(Scalar(text, style: style).isNull == referenceIsNull(Scalar(text, style: style)))
        }
    }

    /// Text equal to a null word must be that ASCII word: no scalar outside ASCII decomposes into
    /// its characters alone, so text longer than four bytes is never equal to one.
    @Test func noOtherScalarDecomposesIntoANullWord() {
        let letters = Set("~nulNUL".unicodeScalars)
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            #expect(!decomposed.allSatisfy(letters.contains), "U+\(String(value, radix: 16))")
        }
    }

    @Test func matchesTheComparisonsOnGeneratedText() {
        let parts = ["~", "n", "u", "l", "N", "U", "L", "\u{301}", "社", " "]
        var state: UInt64 = 21
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5_000 {
            let text = (0..<next(7)).map { _ in parts[next(parts.count)] }.joined()
            #expect(Scalar(text).isNull == referenceIsNull(Scalar(text)), "\(text)")
        }
    }
}
