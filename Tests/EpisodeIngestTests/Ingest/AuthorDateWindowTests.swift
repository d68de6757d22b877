import Foundation
import Testing
import EpisodeModel
@testable import EpisodeIngest

/// Commits authored just before and after midnight in several offsets; committed days later, so
/// only the author date can put them on the right day.
@Suite struct AuthorDateWindowTests {
    struct Day: Sendable {
        let repository: TemporaryGitRepository
        let hashes: [String: String]

        static let shared: Day = { try! Day() }()

        init() throws {
            let repo = try TemporaryGitRepository()
            var hashes: [String: String] = [:]
            let authored: [(String, String)] = [
                ("a: last second of the 13th in Los Angeles", "2026-05-13T23:59:59-07:00"),
                ("b: first second of the 14th in Los Angeles", "2026-05-14T00:00:00-07:00"),
                ("c: last second of the 14th in Los Angeles", "2026-05-14T23:59:59-07:00"),
                ("d: first second of the 15th in Los Angeles", "2026-05-15T00:00:00-07:00"),
                ("e: morning of the 14th in Tokyo", "2026-05-14T08:30:00+09:00"),
            ]
            for (message, date) in authored {
                hashes[String(message.prefix(1))] = try repo.commit(
                    message, authorDate: date, committerDate: "2026-05-16T12:00:00+00:00", addAll: false, allowEmpty: true)
            }
            repository = repo
            self.hashes = hashes
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var zone: String
        var expected: Set<String>
        var testDescription: String { zone }
    }

    @Test(arguments: [
        Case(zone: "America/Los_Angeles", expected: ["b", "c"]),
        Case(zone: "UTC", expected: ["a", "b"]),
        Case(zone: "Asia/Tokyo", expected: ["a", "b", "e"]),
    ])
    func keepsExactlyTheCommitsAuthoredOnTheDayInTheZone(_ testCase: Case) throws {
        let day = Day.shared
        let zone = try #require(TimeZone(identifier: testCase.zone))
        let window = AuthorDateWindow(day: try #require(CalendarDay(parsing: "2026-05-14")), timeZone: zone)
        var hashes: [String] = []
        try GitLogReader(query: GitLogQuery(repository: day.repository.path, authorWindow: window), environment: day.repository.environment)
            .read { hashes.append($0.hash) }
        let names = Set(day.hashes.filter { hashes.contains($0.value) }.keys)
        #expect(names == testCase.expected)
        #expect(hashes.count == testCase.expected.count)
    }

    @Test func windowIsMidnightToMidnightInTheZone() throws {
        let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
        let window = AuthorDateWindow(day: try #require(CalendarDay(parsing: "2026-05-14")), timeZone: zone)
        #expect(window == AuthorDateWindow(start: 1_778_742_000, end: 1_778_828_400))
        #expect(window.contains(1_778_742_000))
        #expect(!window.contains(1_778_828_400))
    }

    @Test func daylightSavingDaysAreShorterOrLonger() throws {
        let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
        let spring = AuthorDateWindow(day: try #require(CalendarDay(parsing: "2026-03-08")), timeZone: zone)
        let autumn = AuthorDateWindow(day: try #require(CalendarDay(parsing: "2026-11-01")), timeZone: zone)
        #expect(spring.end - spring.start == 23 * 3600)
        #expect(autumn.end - autumn.start == 25 * 3600)
    }

    @Test func gitIsAskedForAWindowWidenedByTwoDays() {
        let query = GitLogQuery(repository: "/r", authorWindow: AuthorDateWindow(start: 1_000_000, end: 1_086_400))
        #expect(query.arguments.contains("--since=@\(1_000_000 - 172_800) +0000"))
        #expect(query.arguments.contains("--until=@\(1_086_400 + 172_800) +0000"))
    }

    @Test func commitsWithoutAnAbsoluteAuthorDateAreOutside() {
        let window = AuthorDateWindow(start: 0, end: 100)
        #expect(!window.contains(authorOf: Commit(hash: "abc", author: Signature(name: "n", email: "e", date: GitDate(text: "3 days ago")))))
        #expect(!window.contains(authorOf: Commit(hash: "abc")))
        #expect(window.contains(authorOf: Commit(hash: "abc", author: Signature(name: "n", email: "e", date: GitDate(text: "t", seconds: 50)))))
    }
}
