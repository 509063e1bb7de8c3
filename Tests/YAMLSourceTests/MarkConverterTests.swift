import Testing
@testable import YAMLSource

/// Mark conversion walks whole words of text where it can; it must land on the same byte as a
/// walk one character at a time.
@Suite struct MarkConverterTests {
    /// The byte offset of character `index`, counted one scalar at a time.
    private func reference(_ text: String, _ index: Int) -> Int {
        let base = text.hasPrefix("\u{FEFF}") ? 3 : 0
        var offset = base
        var count = 0
        for scalar in text.unicodeScalars.dropFirst(base == 3 ? 1 : 0) {
            if count == index { return offset }
            offset += String(scalar).utf8.count
            count += 1
        }
        return offset
    }

    @Test func landsOnTheSameBytesOnGeneratedText() {
        let parts = ["a", "ab: 1\n", "名称", "：", "é", "𠀀", "😀", " ", "\n", "xxxxxxxxxxxxxxxx", "社会保障卡申领"]
        var state: UInt64 = 3
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<2_000 {
            var text = next(10) == 0 ? "\u{FEFF}" : ""
            for _ in 0..<next(30) { text += parts[next(parts.count)] }
            let length = text.unicodeScalars.count - (text.hasPrefix("\u{FEFF}") ? 1 : 0)
            var converter = MarkConverter(Array(text.utf8))
            // Mostly forward, as libyaml's marks come, with a step back now and then.
            var index = 0
            for _ in 0..<20 {
                index = next(8) == 0 ? max(0, index - next(6)) : min(length + 2, index + next(12))
                #expect(converter.offset(ofCharacter: index) == reference(text, index), "round \(round), index \(index)")
            }
        }
    }

    /// A head with Chinese in it and a long ASCII end (a list file): in the end the cursor moves
    /// by arithmetic, and must still land where the walk does, stepping back across the border too.
    @Test func landsOnTheSameBytesInAnASCIIEnd() {
        let heads = ["", "\u{FEFF}", "名称: 跨省通办\n", "\u{FEFF}é\n", "社会保障卡申领", "a: 😀\n"]
        let tails = ["", "x", "- matter: m0001\n  batch: \"2020\"\n", String(repeating: "entries:\n  - a: b\n", count: 6)]
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for head in heads {
            for tail in tails {
                let text = head + tail
                let length = text.unicodeScalars.count - (text.hasPrefix("\u{FEFF}") ? 1 : 0)
                for _ in 0..<20 {
                    var converter = MarkConverter(Array(text.utf8))
                    var index = next(length + 3)
                    for _ in 0..<30 {
                        #expect(converter.offset(ofCharacter: index) == reference(text, index), "\(text.debugDescription), index \(index)")
                        index = next(4) == 0 ? max(0, index - next(length + 1)) : min(length + 2, index + next(9))
                    }
                }
            }
        }
    }
}
