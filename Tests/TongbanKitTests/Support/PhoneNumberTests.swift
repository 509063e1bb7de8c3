import Testing
@testable import TongbanKit

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("0632-6616276", "0632-6616276"),
        ("(0632)6616276", "0632-6616276"),
        ("（0632）6616276", "0632-6616276"),
        ("(0632) 6616276", "0632-6616276"),
        ("0632 6616276", "0632-6616276"),
        ("０６３２－６６１６２７６", "0632-6616276"),
        ("0632—6616276", "0632-6616276"),
        ("0632-661-6276", "0632-6616276"),
        ("+86 632 6616276", "0632-6616276"),
        ("+86-10-12345678", "010-12345678"),
        ("12345", "12345"),
        ("0632-12345", "0632-12345"),
        ("13800000000", "13800000000"),
        ("138 0000 0000", "13800000000"),
        ("+86 13800000000", "13800000000"),
    ])
    func canonicalForm(raw: String, canonical: String) {
        #expect(PhoneNumber.canonical(raw) == canonical)
        #expect(PhoneNumber.canonical(canonical) == canonical)
    }

    @Test(arguments: ["", "6616276", "00632-6616276", "0632-123", "632-6616276", "0632-66162x6", "+86 12345", "0632--6616276"])
    func refusesOtherText(raw: String) {
        #expect(PhoneNumber.canonical(raw) == nil)
    }
}
