import Foundation
import Testing
@testable import TongbanKit

/// Every shortcut the decoder takes for already-canonical values must give exactly what the
/// general code gives: each test compares the two on a table and on generated text.
@Suite struct FastPathTests {
    // MARK: - Text

    /// Text as the benchmark registry and the shipped standards write it: the shortcut must apply.
    @Test(arguments: [
        "合成01市01区行政审批服务局", "周一至周五 9:00-17:00", "合成来源：合成01市01区实施清单", "《合成条例》第4条",
        "合成办发〔2020〕50号", "社会保障卡（补领）", "甲，乙；丙：丁！戊？", "“跨省通办”。", "9:00～17:00", "a", "12345",
        "résumé", "カタカナ", "",
    ])
    func canonicalTextTakesTheShortcut(text: String) {
        #expect(TextNormalizer.isCanonical(text, as: .text))
        #expect(Array(TextNormalizer.normalizeInFull(text).utf8) == Array(text.utf8))
    }

    @Test(arguments: [
        " a", "a ", "a  b", "a\tb", "a\u{3000}b", "a\u{A0}b", "a\u{85}b", "a\u{2028}b", "社会保障卡(补领)", "(2020)",
        "ＡＢ", "e\u{301}", "\u{F900}", "\u{20000}", "a\r\nb",
    ])
    func otherTextTakesTheGeneralPath(text: String) {
        #expect(!TextNormalizer.isCanonical(text, as: .text))
        #expect(TextNormalizer.normalize(text) == TextNormalizer.normalizeInFull(text))
    }

    @Test func codesTakeTheShortcut() {
        for code in ["0632-6616276", "12345", "https://zwfw.example.gov.cn/990101/item/0001", "11990101000001001B", "(0632)6616276"] {
            #expect(TextNormalizer.isCanonical(code, as: .code), "\(code)")
        }
        for code in ["（0632）6616276", "０６３２", "0632 ", "a\u{3000}b"] {
            #expect(!TextNormalizer.isCanonical(code, as: .code), "\(code)")
        }
    }

    /// Every scalar of the Basic Multilingual Plane, alone and between others: whenever the
    /// shortcut says "canonical", the general path leaves the text exactly as it is.
    @Test func shortcutNeverSkipsAChangeForAnyScalar() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            for text in [s, "a" + s + "b", "社" + s + s + "社", s + " x", "x " + s] {
                if TextNormalizer.isCanonical(text, as: .text) {
                    #expect(Array(TextNormalizer.normalizeInFull(text).utf8) == Array(text.utf8), "U+\(String(value, radix: 16)) in text")
                }
                if TextNormalizer.isCanonical(text, as: .code) {
                    #expect(Array(TextNormalizer.normalizeCodeInFull(text).utf8) == Array(text.utf8), "U+\(String(value, radix: 16)) in a code")
                }
            }
        }
    }

    /// The shortcut refuses every white-space scalar but an interior single space.
    @Test func shortcutRefusesWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace, scalar != " " else { continue }
            #expect(!TextNormalizer.isCanonical("a" + String(scalar) + "b", as: .text), "U+\(String(value, radix: 16))")
            #expect(!TextNormalizer.isCanonical("a" + String(scalar) + "b", as: .code), "U+\(String(value, radix: 16))")
        }
    }

    @Test func normalizersMatchTheGeneralPathOnGeneratedText() {
        let parts = [
            "社", "会", "a", "Z", "0", " ", "  ", "\t", "\n", "\r\n", "\u{3000}", "\u{A0}", "\u{85}", "\u{2009}", "(", ")", "（",
            "）", "，", "：", "！", "～", "Ａ", "１", "＋", "／", "e", "\u{301}", "\u{F900}", "\u{20000}", "《", "》", "〔", "。",
            "é", "ä", "が", "か\u{3099}", "ｶ", "\u{1C}", "\u{7F}", "-", ":", "\u{2014}", "€", "ß",
        ]
        var random = SeededRandom(seed: 11)
        var shortcuts = 0
        for _ in 0..<20_000 {
            let text = (0..<random.next(upTo: 8)).map { _ in random.pick(parts) }.joined()
            if TextNormalizer.isCanonical(text, as: .text) { shortcuts += 1 }
            let scalars = text.unicodeScalars.map { String($0.value, radix: 16) }
            #expect(Array(TextNormalizer.normalize(text).utf8) == Array(TextNormalizer.normalizeInFull(text).utf8), "\(scalars)")
            #expect(Array(TextNormalizer.normalizeCode(text).utf8) == Array(TextNormalizer.normalizeCodeInFull(text).utf8), "\(scalars)")
        }
        #expect(shortcuts > 1_000, "the generated text exercises both paths")
    }

    // MARK: - Phone numbers

    /// `PhoneNumber.canonical` as written before the shortcuts: Foundation replaces every dash
    /// and every space whether or not the text has one.
    private func referencePhone(_ raw: String) -> String? {
        var text = TextNormalizer.normalizeCodeInFull(raw)
        for dash in ["—", "–", "‐", "‑", "−", "―", "－"] { text = text.replacingOccurrences(of: dash, with: "-") }
        var international = false
        for prefix in ["+86", "0086"] where text.hasPrefix(prefix) {
            international = true
            var s = Substring(text.dropFirst(prefix.count))
            while let f = s.first, f == " " || f == "-" { s.removeFirst() }
            while let l = s.last, l == " " || l == "-" { s.removeLast() }
            text = String(s)
        }
        if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
            var s = Substring(text[text.index(after: close)...])
            while let f = s.first, f == " " || f == "-" { s.removeFirst() }
            while let l = s.last, l == " " || l == "-" { s.removeLast() }
            text = String(text[text.index(after: text.startIndex)..<close]) + "-" + String(s)
        }
        text = text.replacingOccurrences(of: " ", with: "-")
        var parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let joined = parts.joined()
        if joined.count == 11 && joined.hasPrefix("1") && !parts[0].hasPrefix("0") { return joined }
        if !international, joined.count == 10, joined.hasPrefix("400") || joined.hasPrefix("800") {
            return String(joined.prefix(3)) + "-" + String(joined.dropFirst(3).prefix(3)) + "-" + String(joined.suffix(4))
        }
        if international { parts[0] = "0" + parts[0] }
        if parts.count == 1 { return joined.count == 5 && !international ? joined : nil }
        let area = parts[0]
        let local = parts.dropFirst().joined()
        guard area.hasPrefix("0"), !area.hasPrefix("00"), (3...4).contains(area.count), (5...8).contains(local.count) else { return nil }
        return area + "-" + local
    }

    @Test(arguments: [
        "0632-6616276", "０６３２－６６１６２７６", "0632—6616276", "0632–6616276", "0632‐6616276", "0632‑6616276", "0632−6616276",
        "0632―6616276", "(0632)6616276", "0632 6616276", "12345", "13800138000", "0632--6616276", "0632-661627a",
        "0632\u{2014}\u{301}6616276", "0632-\u{301}6616276", "0632 \u{301}6616276", "（0632）6616276", "", " - ", "+86 632 6616276",
        "0086-632-6616276", "138 0000 0000", "00861", "00860", "01234", "0632-12345", "0632-123456789", "063-12345", "06-12345",
        "00632-12345", "0086-12345", "12345678901", "22345678901", "1234567890", "0632-", "-0632", "0632-1234-5678",
    ])
    func phoneMatchesTheReference(raw: String) {
        #expect(PhoneNumber.canonical(raw) == referencePhone(raw))
    }

    @Test func phoneMatchesTheReferenceOnGeneratedText() {
        // Mostly digits and hyphens, now and then another separator or something else.
        let digits = ["0", "6", "1", "3", "8", "-"]
        let oddParts = [" ", "(", ")", "（", "）", "+86", "0086", "—", "–", "‐", "‑", "−", "―", "－", "６", "\u{301}", "a", "　"]
        var random = SeededRandom(seed: 12)
        var numbers = 0
        for _ in 0..<10_000 {
            let raw = (0..<random.next(upTo: 14)).map { _ in random.chance(10) ? random.pick(oddParts) : random.pick(digits) }.joined()
            let canonical = PhoneNumber.canonical(raw)
            if canonical != nil { numbers += 1 }
            #expect(canonical == referencePhone(raw), "\(raw.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(numbers > 200, "the generated text has valid numbers too")
    }

    // MARK: - Addresses

    @Test(arguments: [
        "https://zwfw.example.gov.cn/990101/item/0001", "http://a.b/c?d=e&f=g", "https://a/%41%zz", "https://a/%4", "https://a:8080/x",
        "https://a/b:c@d", "https://a/(x)*'!$,;", "https://a/#frag", "https://a/[x]", "https://.../", "https://-/", "https://a..b/",
        "https://a/~_.-", "https://a?q", "https://ab/c/d.html", "https://a/%E4%B8%AD", "https://a/\u{4E2D}", "HTTPS://A/", "https://A.cn/",
        "https://a/b c", "https://", "https:///x", "https://?x", "http://user@host/x", "ftp://a", "https://a/b%20c",
    ])
    func addressMatchesTheGeneralPath(raw: String) {
        #expect(WebAddress.canonical(raw) == WebAddress.canonicalInFull(TextNormalizer.normalizeCode(raw)))
        if WebAddress.isPlainCanonical(raw) { #expect(URL(string: raw) != nil, "\(raw)") }
    }

    @Test func addressMatchesTheGeneralPathOnGeneratedText() {
        // Mostly what a plain address is made of, now and then a character that is not.
        let hostParts = ["a", "z", "0", "9", ".", "-", "zwfw", "gov", "cn"]
        let pathParts = ["/", "?", "=", "&", "a", "Z", "0", "-", "_", "~", "!", "$", "'", "(", ")", "*", "+", ",", ";", ":", "@", "%4F", "%e4"]
        let oddParts = ["A", "#", "[", "]", " ", "%", "%4", "%zz", "中", "\\", "^", "`", "{", "|", "\"", "<", "　", "://"]
        var random = SeededRandom(seed: 13)
        var shortcuts = 0
        for _ in 0..<20_000 {
            func part(_ usual: [String]) -> String { random.chance(4) ? random.pick(oddParts) : random.pick(usual) }
            let scheme = random.chance(90) ? random.pick(["https://", "http://"]) : random.pick(["HTTP://", "https:/", "ftp://", ""])
            let host = (0..<random.next(upTo: 5)).map { _ in part(hostParts) }.joined()
            let path = (0..<random.next(upTo: 8)).map { _ in part(pathParts) }.joined()
            let raw = scheme + host + path
            #expect(WebAddress.canonical(raw) == WebAddress.canonicalInFull(TextNormalizer.normalizeCode(raw)), "\(raw)")
            if WebAddress.isPlainCanonical(raw) {
                shortcuts += 1
                #expect(URL(string: raw) != nil, "\(raw)")
            }
        }
        #expect(shortcuts > 1_000, "the generated addresses exercise both paths")
    }

    // MARK: - Durations

    @Test(arguments: [
        "5个工作日", "05个自然日", "100000个工作日", "100001个工作日", "999999个工作日", "1234567个工作日", "0000005个工作日", "个工作日",
        "5个工作日\u{301}", "5 个工作日", "五个工作日", "5工作日", "即办", "即时办结", "５个工作日", "5个工作日 ", "+5个工作日", "5个月",
        "5个工作日内", "5个工作", "5个自然日日", "",
    ])
    func durationMatchesTheGeneralParser(raw: String) {
        #expect(DurationParser.parse(raw) == DurationParser.parseInFull(raw))
    }

    @Test func durationMatchesTheGeneralParserOnGeneratedText() {
        // Mostly digits, 个 and a unit, now and then something else anywhere.
        let digits = ["0", "1", "5", "9"]
        let oddParts = ["个", "工作日", "自然日", "工作", "日", "内", " ", "五", "十", "５", "\u{301}", "即办", "+", "-"]
        var random = SeededRandom(seed: 14)
        var shortcuts = 0
        for _ in 0..<10_000 {
            var parts = (0..<random.next(upTo: 9)).map { _ in random.pick(digits) }
            if random.chance(90) { parts.append("个") }
            parts.append(random.pick(["工作日", "自然日", "日"]))
            if random.chance(30) { parts.insert(random.pick(oddParts), at: random.next(upTo: parts.count + 1)) }
            let raw = parts.joined()
            if DurationParser.parseCanonical(raw) != nil { shortcuts += 1 }
            #expect(DurationParser.parse(raw) == DurationParser.parseInFull(raw), "\(raw)")
        }
        #expect(shortcuts > 1_000, "the generated durations exercise both paths")
    }

    // MARK: - Codes

    /// The code formats as written before their checks moved to bytes: characters, and
    /// `uppercased()` whatever the text.
    private func referenceCodes(_ raw: String) -> (division: Bool, catalog: String?, task: Bool, credit: String) {
        let text = TextNormalizer.normalizeCodeInFull(raw)
        let division = text.count == 6 && text.allSatisfy(\.isASCIIDigit)
        let upper = text.uppercased()
        let catalog = (1...12).contains(upper.count) && upper.allSatisfy { $0.isASCIIDigit || ("A"..."Z").contains($0) }
        let task = (1...36).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return (division, catalog ? upper : nil, task, upper)
    }

    private func checkCodes(_ raw: String) {
        let reference = referenceCodes(raw)
        let normalized = TextNormalizer.normalizeCode(raw)
        #expect((ScalarFormat.divisionCode.validate(raw) == .valid(canonical: normalized)) == reference.division, "\(raw)")
        if let catalog = reference.catalog {
            #expect(ScalarFormat.catalogCode.validate(raw) == .valid(canonical: catalog), "\(raw)")
        } else if case .valid = ScalarFormat.catalogCode.validate(raw) {
            Issue.record("catalog code \(raw) should be refused")
        }
        #expect((ScalarFormat.taskCode.validate(raw) == .valid(canonical: normalized)) == reference.task, "\(raw)")
        let credit = ScalarFormat.creditCode.validate(raw)
        if case .valid(let canonical) = credit { #expect(canonical == reference.credit, "\(raw)") }
        #expect(asciiUppercased(normalized) == normalized.uppercased(), "\(raw)")
    }

    @Test(arguments: [
        "370405", "３７０４０５", "37040", "3704050", "37040a", "37040\r\n", "", "3704\u{301}05", "AB12", "ab12", "A", "B\u{301}",
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "AB-12", "中文", "11990101000001001B", "11990101000001001b", "ß", "ﬀ",
    ])
    func codeFormatsMatchTheCharacterVersions(raw: String) {
        checkCodes(raw)
    }

    @Test func codeFormatsMatchTheCharacterVersionsOnGeneratedText() {
        let parts = ["0", "7", "A", "b", "z", "Z", "-", " ", "３", "Ｂ", "\u{301}", "\r\n", "中", "ß", "ı", "é"]
        var random = SeededRandom(seed: 15)
        for _ in 0..<5_000 {
            checkCodes((0..<random.next(upTo: 10)).map { _ in random.pick(parts) }.joined())
        }
    }

    // MARK: - Credit codes and vocabularies

    /// `CreditCode.validate` on characters only, as the general path reads any text.
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

    @Test func creditCodeMatchesTheCharacterVersionOnGeneratedCodes() {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZa")
        var random = SeededRandom(seed: 16)
        var valid = 0
        for _ in 0..<20_000 {
            var code = String((0..<17).map { _ in random.chance(97) ? CreditCode.alphabet[random.next(upTo: 31)] : random.pick(alphabet) })
            let values = code.compactMap { CreditCode.alphabet.firstIndex(of: $0) }
            if values.count == 17 && random.chance(50) {
                code.append(CreditCode.checkCharacter(for: values))
            } else {
                code.append(random.pick(alphabet))
            }
            if random.chance(5) { code = random.pick(["", "1", code + "1", String(code.dropLast()), code + "\u{301}", "\r\n" + code.dropFirst(2)]) }
            let verdict = CreditCode.validate(code)
            if verdict == .valid { valid += 1 }
            #expect(verdict == referenceCreditCode(code), "\(code)")
        }
        #expect(valid > 1_000, "the generated codes include valid ones")
    }

    @Test(arguments: [("社会保障卡", "社会保障卡", true), ("a", "a", true), ("é", "e\u{301}", false), ("", "", true), ("ab", "abc", false), ("社", "会", false)])
    func sameBytesMeansSameBytes(a: String, b: String, same: Bool) {
        #expect(hasSameBytes(a, b) == same)
        #expect(hasSameBytes(a, b) == Array(a.utf8).elementsEqual(Array(b.utf8)))
    }

    // MARK: - YAML 1.1 readings

    /// Every word the resolver looks up starts with a byte `mayBeWord` lets through.
    @Test func resolverWordsStartWithAByteLetThrough() {
        for word in YAML11Resolver.nulls.union(YAML11Resolver.bools).union(YAML11Resolver.specialFloats) {
            guard let first = word.utf8.first else { continue }
            #expect(YAML11Resolver.mayBeWord(first), "\(word)")
        }
    }

    /// `YAML11Resolver.resolve` as written before the first-byte filter: every short ASCII text is looked up.
    private func referenceReading(_ text: String) -> YAML11Resolver.Reading {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        if utf8.count <= 5 && utf8.allSatisfy({ $0 < 0x80 }) {
            if YAML11Resolver.nulls.contains(text) { return .null }
            if YAML11Resolver.bools.contains(text) { return .bool }
            if YAML11Resolver.specialFloats.contains(text) { return .float }
        }
        let isDigit = first >= 48 && first <= 57
        guard isDigit || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return .string }
        let bytes = Array(utf8)
        if YAML11Resolver.isInt(bytes) { return .int }
        if YAML11Resolver.isFloat(bytes) { return .float }
        if YAML11Resolver.isTimestamp(bytes) { return .timestamp }
        return .string
    }

    @Test func resolverMatchesTheReferenceOnEveryShortText() {
        // Every text of up to three of these, and the words themselves with one byte changed.
        let alphabet = ["", "~", ".", "+", "-", "0", "1", "n", "N", "y", "o", "O", "f", "e", "s", "u", "l", "m", "i", "a", "\u{212A}", "é", "中"]
        for a in alphabet { for b in alphabet { for c in alphabet {
            let text = a + b + c
            #expect(YAML11Resolver.resolve(text) == referenceReading(text), "\(text)")
        } } }
        for word in YAML11Resolver.nulls.union(YAML11Resolver.bools).union(YAML11Resolver.specialFloats) {
            for variant in [word, "x" + word.dropFirst(), word + "x", String(word.dropLast()), word.uppercased(), word.lowercased()] {
                #expect(YAML11Resolver.resolve(variant) == referenceReading(variant), "\(variant)")
            }
        }
    }

    @Test func binaryAndHexIntegersAreRead() {
        for text in ["0b101", "0b", "0b2", "-0b1_0", "0x1F", "0x", "0xg", "+0xff", "0B1", "0X1", "00b1", "0", "0_1", "b1"] {
            let bytes = Array(text.utf8)
            let body = bytes.first.map { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") } == true ? bytes.dropFirst() : bytes[...]
            // The reading as the YAML 1.1 int pattern gives it.
            let digits = body.dropFirst(2)
            let expected: Bool = if body.starts(with: Array("0b".utf8)) {
                body.count > 2 && digits.allSatisfy { $0 == 48 || $0 == 49 || $0 == UInt8(ascii: "_") }
            } else if body.starts(with: Array("0x".utf8)) {
                body.count > 2 && digits.allSatisfy { ($0 >= 48 && $0 <= 57) || (97...102).contains($0) || (65...70).contains($0) || $0 == UInt8(ascii: "_") }
            } else {
                !body.isEmpty && body.first.map { $0 >= 48 && $0 <= 57 } == true && body.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }
            }
            #expect(YAML11Resolver.isInt(bytes) == expected, "\(text)")
        }
    }
}
