import Testing
@testable import TongbanKit

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2020-12-31", "2020-12-31"),
        ("2020-1-5", "2020-01-05"),
        ("2020/12/31", "2020-12-31"),
        ("2020.12.31", "2020-12-31"),
        ("2020年12月31日", "2020-12-31"),
        ("２０２０－１２－３１", "2020-12-31"),
        ("二〇二〇年十二月三十一日", "2020-12-31"),
        ("二〇二一年一月五日", "2021-01-05"),
        ("2024-02-29", "2024-02-29"),
    ])
    func canonicalForm(raw: String, canonical: String) {
        #expect(CalendarDate(parsing: raw)?.description == canonical)
    }

    @Test(arguments: ["2021-02-29", "2020-13-01", "20-12-31", "2020-12", "2020-+1-05", "二〇二〇年十三月一日", "2020-12-31x"])
    func refusesOtherText(raw: String) {
        #expect(CalendarDate(parsing: raw) == nil)
    }
}
