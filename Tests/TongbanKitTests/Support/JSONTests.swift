import Testing
@testable import TongbanKit

@Suite struct JSONTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("跨省通办", #""跨省通办""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("a\\b", #""a\\b""#),
        ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
        ("\u{08}\u{0C}\u{01}\u{1F}", #""\b\f\u0001\u001f""#),
        ("sep\u{2028}par\u{2029}", #""sep\u2028par\u2029""#),
        ("\u{2027}\u{202A}…😀", "\"\u{2027}\u{202A}…😀\""),
    ])
    func escapesStrings(text: String, expected: String) {
        #expect(JSON.string(text).rendered(pretty: false) == expected)
    }

    /// The whole-string fast path says "needs escaping" exactly when some character is escaped.
    @Test func fastPathAgreesWithTheCharacterLoop() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "Z", " ", "\"", "\\", "\n", "\u{01}", "\u{7F}", "é", "办", "\u{2028}", "\u{2029}", "\u{2027}", "\u{20AC}", "😀"]
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            let special = text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\"" || $0 == "\\" || $0.value == 0x2028 || $0.value == 0x2029 }
            #expect(JSON.needsEscaping(text) == special, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func rendersPrettyAndCompact() {
        let value = JSON.object([
            ("list", .string("kuasheng")),
            ("added", .array([.object([("matter", .string("x")), ("batch", .null)])])),
            ("empty", .array([])),
            ("none", .object([])),
            ("count", .int(-3)),
            ("ok", .bool(true)),
        ])
        #expect(value.rendered(pretty: false) == #"{"list":"kuasheng","added":[{"matter":"x","batch":null}],"empty":[],"none":{},"count":-3,"ok":true}"#)
        #expect(value.rendered() == """
            {
              "list": "kuasheng",
              "added": [
                {
                  "matter": "x",
                  "batch": null
                }
              ],
              "empty": [],
              "none": {},
              "count": -3,
              "ok": true
            }

            """)
    }
}
