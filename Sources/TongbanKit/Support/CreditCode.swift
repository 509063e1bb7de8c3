/// GB 32100-2015 统一社会信用代码: 18 characters, the last a check character.
public enum CreditCode {
    public enum Verdict: Equatable {
        case valid
        case malformed
        case wrongCheck(expected: Character)
    }

    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    public static func validate(_ code: String) -> Verdict {
        if let verdict = validateASCII(code) { return verdict }
        let chars = Array(code)
        guard chars.count == 18 else { return .malformed }
        var values: [Int] = []
        for ch in chars {
            guard let v = alphabet.firstIndex(of: ch) else { return .malformed }
            values.append(v)
        }
        let expected = checkCharacter(for: Array(values.prefix(17)))
        return chars[17] == expected ? .valid : .wrongCheck(expected: expected)
    }

    /// The same verdict as the general path, on the bytes, for 18 ASCII bytes without a CR (so
    /// 18 characters, each one byte); nil for anything else.
    private static func validateASCII(_ code: String) -> Verdict? {
        let utf8 = code.utf8
        guard utf8.count == 18, utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        var values: [Int] = []
        values.reserveCapacity(18)
        var last: Int?
        for (i, byte) in utf8.enumerated() {
            let v = asciiValues[Int(byte)]
            if i == 17 { last = v; break }
            guard v >= 0 else { return .malformed }
            values.append(v)
        }
        guard let last, last >= 0 else { return .malformed }
        let expected = checkCharacter(for: values)
        return alphabet[last] == expected ? .valid : .wrongCheck(expected: expected)
    }

    /// Each ASCII byte's value in `alphabet`, or -1.
    private static let asciiValues: [Int] = (0..<128).map { byte in
        alphabet.firstIndex(of: Character(Unicode.Scalar(UInt8(byte)))) ?? -1
    }

    /// The check character for the values of the first 17 characters.
    static func checkCharacter(for values: [Int]) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let c = (31 - sum % 31) % 31
        return alphabet[c]
    }
}
