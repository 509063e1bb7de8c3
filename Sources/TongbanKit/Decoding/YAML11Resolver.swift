/// What a YAML 1.1 parser (PyYAML, many editors and older tools) reads a plain scalar as.
/// Standards are text; a plain scalar that one of those tools would turn into a bool,
/// number, null or date is ambiguous and must be quoted.
public enum YAML11Resolver {
    public enum Reading: String, Sendable {
        case string, bool, int, float, null, timestamp
    }

    static let bools: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]
    static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    static let specialFloats: Set<String> = [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]

    public static func resolve(_ text: String) -> Reading {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        // Every word in the sets is ASCII and at most 5 bytes long, and no non-ASCII text is
        // canonically equal to one of them, so longer or non-ASCII text skips the (hashing) lookups.
        if utf8.count <= 5 && mayBeWord(first) && utf8.allSatisfy({ $0 < 0x80 }) {
            if nulls.contains(text) { return .null }
            if bools.contains(text) { return .bool }
            if specialFloats.contains(text) { return .float }
        }
        // Ints, floats and timestamps all start with a digit, a sign or a dot.
        guard isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else {
            return .string
        }
        let bytes = Array(utf8)
        if isInt(bytes) { return .int }
        if isFloat(bytes) { return .float }
        if isTimestamp(bytes) { return .timestamp }
        return .string
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// Whether a word of `nulls`, `bools` or `specialFloats` starts with the byte `first`. ASCII
    /// text equals such a word only byte for byte, so text starting otherwise (`m0001`, `2020`)
    /// skips the lookups, which hash.
    static func mayBeWord(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            true
        default:
            false
        }
    }

    private static func unsigned(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            return bytes.dropFirst()
        }
        return bytes[...]
    }

    static func isInt(_ bytes: [UInt8]) -> Bool {
        let body = unsigned(bytes)
        guard let first = body.first else { return false }
        let underscore = UInt8(ascii: "_")
        if startsWithZero(body, then: UInt8(ascii: "b")) {
            return body.count > 2 && body.dropFirst(2).allSatisfy { $0 == 48 || $0 == 49 || $0 == underscore }
        }
        if startsWithZero(body, then: UInt8(ascii: "x")) {
            return body.count > 2 && body.dropFirst(2).allSatisfy {
                isDigit($0) || (97...102).contains($0) || (65...70).contains($0) || $0 == underscore
            }
        }
        if body.contains(UInt8(ascii: ":")) { return isSexagesimal(body, allowFraction: false) }
        guard isDigit(first) else { return false }
        return body.allSatisfy { isDigit($0) || $0 == underscore }
    }

    /// Whether `body` starts with `0` and then `letter` (`0b`, `0x`).
    private static func startsWithZero(_ body: ArraySlice<UInt8>, then letter: UInt8) -> Bool {
        body.count >= 2 && body[body.startIndex] == UInt8(ascii: "0") && body[body.startIndex + 1] == letter
    }

    static func isFloat(_ bytes: [UInt8]) -> Bool {
        let body = unsigned(bytes)
        guard !body.isEmpty else { return false }
        if body.contains(UInt8(ascii: ":")) { return isSexagesimal(body, allowFraction: true) }
        // [0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?
        guard let dot = body.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let mantissa = body[body.startIndex..<dot]
        guard mantissa.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "_") }),
              mantissa.first.map(isDigit) ?? true else { return false }
        var rest = body[body.index(after: dot)...]
        if let e = rest.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            let exponent = rest[rest.index(after: e)...]
            guard let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  exponent.count > 1, exponent.dropFirst().allSatisfy(isDigit) else { return false }
            rest = rest[rest.startIndex..<e]
        }
        let hasDigits = !mantissa.isEmpty || rest.contains(where: isDigit)
        return hasDigits && rest.allSatisfy { isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    /// `1:20`, `190:20:30` (and `1:20.5` as a float).
    private static func isSexagesimal(_ body: ArraySlice<UInt8>, allowFraction: Bool) -> Bool {
        var parts = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, let h = head.first, h >= 49, h <= 57,
              head.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "_") }) else { return false }
        var last = parts.removeLast()
        if allowFraction {
            guard let dot = last.firstIndex(of: UInt8(ascii: ".")) else { return false }
            guard last[last.index(after: dot)...].allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "_") }) else { return false }
            last = last[last.startIndex..<dot]
        }
        for part in parts.dropFirst() + [last] {
            guard (1...2).contains(part.count), part.allSatisfy(isDigit) else { return false }
            if part.count == 2, let f = part.first, f > UInt8(ascii: "5") { return false }
        }
        return true
    }

    /// `2002-12-14` and the YAML 1.1 timestamp forms that start with a date.
    static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        var i = 0
        func digits(_ min: Int, _ max: Int) -> Bool {
            var n = 0
            while i < bytes.count, isDigit(bytes[i]), n < max { i += 1; n += 1 }
            return n >= min
        }
        guard digits(4, 4), i < bytes.count, bytes[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard digits(1, 2), i < bytes.count, bytes[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard digits(1, 2) else { return false }
        if i == bytes.count { return true }
        // A time part follows: [Tt] or white space, then hh:mm.
        let sep = bytes[i]
        guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: "t") || sep == UInt8(ascii: " ") || sep == UInt8(ascii: "\t") else {
            return false
        }
        i += 1
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        guard digits(1, 2), i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return false }
        i += 1
        return digits(2, 2)
    }
}
