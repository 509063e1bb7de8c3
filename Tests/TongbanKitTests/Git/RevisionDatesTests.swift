import Testing
@testable import TongbanKit

/// One `git log --name-only -z` pass gives each file the date of its newest commit.
@Suite struct RevisionDatesTests {
    @Test func newestCommitOfEachPathWins() {
        let log = "\u{1}2024-05-02\0\nmatters/a.yaml\0matters/b.yaml\0\u{1}2024-05-01\0\nmatters/a.yaml\0lists/x.yaml\0"
        let dates = RevisionDates.newestDates(log)
        #expect(dates["matters/a.yaml"] == CalendarDate(year: 2024, month: 5, day: 2))
        #expect(dates["matters/b.yaml"] == CalendarDate(year: 2024, month: 5, day: 2))
        #expect(dates["lists/x.yaml"] == CalendarDate(year: 2024, month: 5, day: 1))
        #expect(dates.count == 3)
    }

    @Test func emptyHistoryGivesNoDates() {
        #expect(RevisionDates.newestDates("").isEmpty)
    }
}
