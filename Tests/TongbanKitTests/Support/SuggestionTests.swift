import Testing
@testable import TongbanKit

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("naem", "name"), ("sorces", "sources"), ("time-limit", "time_limit"), ("materail", "material"),
        ("statsu", "status"), ("全程网", "全程网办"),
    ])
    func suggestsTheNearbyCandidate(_ typo: String, _ expected: String) {
        let candidates = ["name", "sources", "time_limit", "material", "status", "全程网办", "代收代办"]
        #expect(Suggestion.nearest(to: typo, in: candidates) == expected)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestion.nearest(to: "colour", in: ["name", "form", "medium"]) == nil)
    }

    @Test(arguments: [("", "abc", 3), ("abc", "abc", 0), ("ab", "ba", 1), ("kitten", "sitting", 3)])
    func distance(_ a: String, _ b: String, _ d: Int) {
        #expect(Suggestion.distance(Array(a), Array(b)) == d)
    }
}
