import Testing
import EpisodeModel
import EpisodeIngest

/// `GitDate.localDay`: the day on the author's or committer's own clock, from real date lines.
@Suite struct GitDateLocalDayTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var dateLine: String
        var day: String?
        var testDescription: String { dateLine }
    }

    static let cases: [Case] = [
        Case(dateLine: "Mon Jun 8 14:17:51 2026 -0700", day: "2026-06-08"),
        Case(dateLine: "Mon Jun 8 23:59:59 2026 -1200", day: "2026-06-08"),
        Case(dateLine: "Tue Jun 9 00:00:00 2026 +1400", day: "2026-06-09"),
        Case(dateLine: "Thu Jan 1 00:00:00 1970 +0000", day: "1970-01-01"),
        Case(dateLine: "Wed Dec 31 23:59:59 1969 +0000", day: "1969-12-31"),
        Case(dateLine: "Thu Feb 29 12:00:00 2024 +0100", day: "2024-02-29"),
        Case(dateLine: "Fri Dec 31 23:30:00 1999 -0030", day: "1999-12-31"),
        Case(dateLine: "3 days ago", day: nil),
    ]

    @Test(arguments: cases)
    func dayOnTheSignersClock(_ example: Case) throws {
        let log = "commit 1761a50bc9eaad018b472c9f8d4219151601dcab\nAuthor: A <a@example.org>\nDate:   \(example.dateLine)\n\n    subject\n"
        let commit = try #require(LogParser.parse(Array(log.utf8)).commits.first)
        let date = try #require(commit.author?.date)
        #expect(date.localDay == example.day)
    }
}
