import Testing
@testable import TongbanKit

@Suite struct ChineseNumeralTests {
    /// The standard written form of 0…9999 (一十 is written 十 below twenty).
    static func written(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 1000 {
            let rest = n % 100
            if rest == 0 { return digits[n / 100] + "百" }
            return digits[n / 100] + "百" + (rest < 10 ? "零" + digits[rest] : (rest < 20 ? "一" + written(rest) : written(rest)))
        }
        return ""
    }

    @Test(arguments: 0...999)
    func readsEveryNumberUpToNineHundredNinetyNine(n: Int) {
        #expect(ChineseNumeral.value(of: Self.written(n)) == n, "\(Self.written(n))")
    }

    @Test(arguments: [
        ("两", 2), ("两百", 200), ("〇", 0), ("一千零五十", 1050), ("九千九百九十九", 9999), ("一十五", 15),
    ])
    func readsOtherSpellings(text: String, value: Int) {
        #expect(ChineseNumeral.value(of: text) == value)
    }

    @Test(arguments: ["", "五五", "十十", "零五", "一百零", "一百五", "百", "一百十", "五x", "二〇"])
    func refusesMalformedOrAmbiguous(text: String) {
        #expect(ChineseNumeral.value(of: text) == nil)
    }

    @Test(arguments: [("二〇二一", 2021), ("一九九九", 1999), ("〇〇", 0)])
    func readsPositionalDigits(text: String, value: Int) {
        #expect(ChineseNumeral.digits(of: text) == value)
    }
}
