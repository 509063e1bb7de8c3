import Foundation
import Testing
@testable import TongbanKit

/// The loader's fast paths must give exactly what the general code gives.
@Suite struct FastPathTests {
    @Test func whitespaceTableIsUnicodeWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextNormalizer.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: ["", "社会保障卡申领", " a  b ", "a\u{3000}b", "\t\n", "x\u{85}y\u{A0}", "\u{2028}lead", "trail\u{205F}"])
    func normalizeMatchesTheGeneralLoop(text: String) {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        #expect(TextNormalizer.normalize(text) == out)
        #expect(Array(TextNormalizer.normalize(text).utf8) == Array(out.utf8))
    }

    @Test func resolverSkipsNoWordItCouldMatch() {
        // Non-ASCII text equal to an ASCII word would need a scalar whose canonical decomposition is ASCII.
        var asciiDecomposing: [Character] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            if decomposed.utf8.allSatisfy({ $0 < 0x80 }) { asciiDecomposing += Array(decomposed) }
        }
        let words = YAML11Resolver.bools.union(YAML11Resolver.nulls).union(YAML11Resolver.specialFloats)
        for word in words {
            #expect(word.utf8.count <= 5 && word.utf8.allSatisfy { $0 < 0x80 })
            #expect(!word.contains(where: asciiDecomposing.contains), "\(word)")
        }
        #expect(YAML11Resolver.resolve("") == .null)
        #expect(YAML11Resolver.resolve("NULL") == .null)
        #expect(YAML11Resolver.resolve("off") == .bool)
        #expect(YAML11Resolver.resolve("-.Inf") == .float)
        #expect(YAML11Resolver.resolve(".5") == .float)
        #expect(YAML11Resolver.resolve("+12") == .int)
        #expect(YAML11Resolver.resolve("2020-12-31") == .timestamp)
        #expect(YAML11Resolver.resolve("社会保障卡") == .string)
        #expect(YAML11Resolver.resolve("yes please") == .string)
    }

    /// `PhoneNumber.canonical` as it was, with Foundation's `replacingOccurrences`.
    private func referencePhone(_ raw: String) -> String? {
        var text = TextNormalizer.normalize(raw).halfWidthDigits
        text = text.replacingOccurrences(of: "－", with: "-").replacingOccurrences(of: "—", with: "-")
        if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
            text = String(text[text.index(after: text.startIndex)..<close]) + "-" + String(text[text.index(after: close)...])
        }
        text = text.replacingOccurrences(of: " ", with: "-")
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        switch parts.count {
        case 1:
            let p = parts[0]
            if p.count == 5 || (p.count == 11 && p.hasPrefix("1")) { return p }
            return nil
        case 2:
            let (area, local) = (parts[0], parts[1])
            guard area.hasPrefix("0"), !area.hasPrefix("00"), (3...4).contains(area.count), (5...8).contains(local.count) else { return nil }
            return area + "-" + local
        default:
            return nil
        }
    }

    @Test(arguments: [
        "0632-6616276", "０６３２－６６１６２７６", "0632—6616276", "(0632)6616276", "0632 6616276", "12345", "13800138000",
        "0632--6616276", "0632-661627a", "0632\u{2014}\u{301}6616276", "0632-\u{301}6616276", "（0632）6616276", "", " - ",
    ])
    func phoneMatchesTheFoundationVersion(raw: String) {
        #expect(PhoneNumber.canonical(raw) == referencePhone(raw))
    }

    @Test(arguments: [
        "https://zwfw.example.gov.cn/990101/item/0001", "http://a.b/c?d=e&f=g", "https://a/%41%zz", "https://a/%4",
        "https://a:8080/x", "https://a/b:c@d", "https://a/(x)*'!$,;", "https://a/#frag", "https://a/[x]",
        "https://.../", "https://-/", "https://a..b/", "https://a/~_.-", "https://a?q", "https://ab/c/d.html",
        "https://a/%E4%B8%AD", "https://a/\u{4E2D}", "HTTPS://A/", "https://a/b c",
    ])
    func plainURLsAreURLs(text: String) {
        if isPlainHTTPURL(text) {
            // Everything the general check asks of a URL.
            let lower = text.lowercased()
            #expect(lower.hasPrefix("https://") || lower.hasPrefix("http://"))
            #expect(!text.contains(" "))
            #expect(text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first?.isEmpty == false)
            #expect(URL(string: text) != nil, "\(text)")
        }
    }

    @Test func plainURLFastPathAgreesOnGeneratedText() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab.-_~!$&'()*+,;=:@/?%4F")
        for _ in 0..<5000 {
            let length = Int.random(in: 0...12, using: &generator)
            let tail = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            let text = "https://" + tail
            if isPlainHTTPURL(text) {
                #expect(URL(string: text) != nil, "\(text)")
                #expect(text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first?.isEmpty == false, "\(text)")
            }
        }
    }

    /// `CreditCode.validate` without the byte fast path.
    private func referenceCreditCode(_ code: String) -> CreditCode.Verdict {
        let chars = Array(code)
        guard chars.count == 18 else { return .malformed }
        var values: [Int] = []
        for ch in chars {
            guard let v = CreditCode.alphabet.firstIndex(of: ch) else { return .malformed }
            values.append(v)
        }
        let expected = CreditCode.checkCharacter(for: Array(values.prefix(17)))
        return chars[17] == expected ? .valid : .wrongCheck(expected: expected)
    }

    @Test(arguments: [
        "11990101000001001B", "11990101000001001A", "11990101000001001I", "I1990101000001001B", "1199010100000100\r\n",
        "1199010100000100", "119901010000010011B", "11990101000001001ｂ", "９1990101000001001B",
    ])
    func creditCodeMatchesTheCharacterVersion(code: String) {
        #expect(CreditCode.validate(code) == referenceCreditCode(code))
    }

    @Test func characterComparisonNeedsTheCatalogCodeFallback() {
        // Why catalog codes with non-ASCII text keep the character check.
        #expect(("A"..."Z").contains(Character("B\u{301}")))
        #expect(ScalarFormat.catalogCode.validate("AB12") == .valid(canonical: "AB12"))
        #expect(ScalarFormat.catalogCode.validate("ab12") != .valid(canonical: "ab12"))
    }

    @Test(arguments: ["370405", "３７０４０５", "37040", "3704050", "37040a", "37040\r\n", "", "3704\u{301}05", "AB12", "ab12", "A", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "AB-12", "中文"])
    func codeFormatsMatchTheCharacterVersions(raw: String) {
        let text = TextNormalizer.normalize(raw).halfWidthDigits
        let division = text.count == 6 && text.allSatisfy(\.isASCIIDigit)
        #expect((ScalarFormat.divisionCode.validate(raw) == .valid(canonical: text)) == division)
        let catalog = (1...12).contains(text.count) && text.allSatisfy { $0.isASCIIDigit || ("A"..."Z").contains($0) }
        #expect((ScalarFormat.catalogCode.validate(raw) == .valid(canonical: text)) == catalog)
        let task = (1...36).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        #expect((ScalarFormat.taskCode.validate(raw) == .valid(canonical: text)) == task)
    }

    /// `DurationParser.parse` without the fast path for the canonical spelling.
    private func referenceDuration(_ raw: String) -> Duration? {
        let text = String(TextNormalizer.normalize(raw).unicodeScalars.filter { !$0.properties.isWhitespace }).halfWidthDigits
        if text == "即办" || text == "即时办结" { return .immediate }
        for unit in Duration.DayUnit.allCases where text.hasSuffix(unit.rawValue) {
            var number = String(text.dropLast(unit.rawValue.count))
            if number.hasSuffix("个") { number.removeLast() }
            guard let n = Int(number, radix: 10) ?? ChineseNumeral.value(of: number), n >= 0, n <= 100_000 else { return nil }
            return .days(n, unit)
        }
        return nil
    }

    @Test(arguments: [
        "5个工作日", "05个自然日", "100000个工作日", "100001个工作日", "999999个工作日", "1234567个工作日", "个工作日",
        "5个工作日\u{301}", "5 个工作日", "五个工作日", "5工作日", "即办", "即时办结", "５个工作日", "5个工作日 ", "+5个工作日", "5个月",
    ])
    func durationMatchesTheGeneralParser(raw: String) {
        #expect(DurationParser.parse(raw) == referenceDuration(raw))
    }
}
