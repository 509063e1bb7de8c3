import Testing
import YAMLSource

@Suite struct CountEventsTests {
    @Test(arguments: [
        ("", 2),  // stream start, stream end
        ("# comment\n", 2),
        ("a: 1", 8),  // stream, document, mapping, 2 scalars, ends
        ("- 社会\n- [x, *y]\n", 11),
        ("a\n---\nb\n", 8),
    ])
    func counts(text: String, events: Int) {
        #expect(YAMLReader.countEvents(Array(text.utf8)) == events)
    }

    @Test(arguments: ["a: [1, 2", "key: \"unterminated", "a: b\u{1}"])
    func syntaxErrorIsNil(text: String) {
        #expect(YAMLReader.countEvents(Array(text.utf8)) == nil)
    }
}
