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
        code.utf8.withContiguousStorageIfAvailable { bytes -> Verdict? in
            guard bytes.count == 18, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            // The weighted sum of the first 17 values, as `checkCharacter` computes it.
            var sum = 0
            for i in 0..<17 {
                let v = asciiValues[Int(bytes[i])]
                guard v >= 0 else { return .malformed }
                sum += v * weights[i]
            }
            let last = asciiValues[Int(bytes[17])]
            guard last >= 0 else { return .malformed }
            // The alphabet's characters are distinct, so equal characters are equal positions.
            let expected = (31 - sum % 31) % 31
            return last == expected ? .valid : .wrongCheck(expected: alphabet[expected])
        } ?? nil
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
