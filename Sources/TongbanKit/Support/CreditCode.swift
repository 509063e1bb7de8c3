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

    /// The check character for the values of the first 17 characters.
    static func checkCharacter(for values: [Int]) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let c = (31 - sum % 31) % 31
        return alphabet[c]
    }
}
