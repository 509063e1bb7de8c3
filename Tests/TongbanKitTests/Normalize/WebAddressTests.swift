import Testing
@testable import TongbanKit

@Suite struct WebAddressTests {
    @Test(arguments: [
        ("https://example.gov.cn/x", "https://example.gov.cn/x"),
        ("HTTPS://Example.GOV.cn/Path?Q=1", "https://example.gov.cn/Path?Q=1"),
        (" http://a.cn ", "http://a.cn"),
        ("ｈｔｔｐｓ：／／ａ．ｃｎ／ｘ", "https://a.cn/x"),
        ("http://User@Host.CN:8080/a", "http://User@host.cn:8080/a"),
    ])
    func canonicalForm(raw: String, canonical: String) {
        #expect(WebAddress.canonical(raw) == canonical)
    }

    @Test(arguments: ["ftp://a.cn", "https://", "example.gov.cn", "https://a b.cn", "https://:80/x", "https//a.cn"])
    func refusesNonAddresses(raw: String) {
        #expect(WebAddress.canonical(raw) == nil)
    }
}
