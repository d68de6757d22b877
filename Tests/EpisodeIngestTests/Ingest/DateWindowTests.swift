import Foundation
import Testing
import EpisodeModel
@testable import EpisodeIngest
import EpisodeTestSupport

/// Commits authored just before and after midnight in several offsets, committed days later, so
/// only the author date can put them on the right day; one authored on the 14th and committed ten
/// days later (a long review); one authored days before and committed on the 14th. Committer
/// dates rise in the order of the history, as they do in a real repository.
@Suite struct DateWindowTests {
    struct Day: Sendable {
        let repository: TemporaryGitRepository
        let hashes: [String: String]

        static let shared: Day = { try! Day() }()

        init() throws {
            let repo = try TemporaryGitRepository()
            var hashes: [String: String] = [:]
            let commits: [(String, String, String)] = [
                ("g: authored on the 10th, committed on the 14th in Los Angeles", "2026-05-10T09:00:00-07:00", "2026-05-14T10:00:00-07:00"),
                ("a: last second of the 13th in Los Angeles", "2026-05-13T23:59:59-07:00", "2026-05-16T12:00:00+00:00"),
                ("b: first second of the 14th in Los Angeles", "2026-05-14T00:00:00-07:00", "2026-05-16T12:00:00+00:00"),
                ("c: last second of the 14th in Los Angeles", "2026-05-14T23:59:59-07:00", "2026-05-16T12:00:00+00:00"),
                ("d: first second of the 15th in Los Angeles", "2026-05-15T00:00:00-07:00", "2026-05-16T12:00:00+00:00"),
                ("e: morning of the 14th in Tokyo", "2026-05-14T08:30:00+09:00", "2026-05-16T12:00:00+00:00"),
                ("f: authored on the 14th in Los Angeles, committed ten days later", "2026-05-14T12:00:00-07:00", "2026-05-24T12:00:00+00:00"),
            ]
            for (message, authorDate, committerDate) in commits {
                hashes[String(message.prefix(1))] = try repo.commit(
                    message, authorDate: authorDate, committerDate: committerDate, addAll: false, allowEmpty: true)
            }
            repository = repo
            self.hashes = hashes
        }

        /// The one-letter names of the commits `GitLogReader` yields for `window`.
        func names(_ window: DateWindow) throws -> [String] {
            var names: [String] = []
            try GitLogReader(query: GitLogQuery(repository: repository.path, window: window), environment: repository.environment)
                .read { commit in names.append(hashes.first { $0.value == commit.hash }?.key ?? commit.hash) }
            return names.sorted()
        }

        /// The hashes the reader yields for `window`, in the order it yields them.
        func hashesInOrder(_ query: GitLogQuery) throws -> [String] {
            var found: [String] = []
            try GitLogReader(query: query, environment: repository.environment).read { found.append($0.hash) }
            return found
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var zone: String
        var day: String
        var field: DateField
        var expected: [String]
        var testDescription: String { "\(field) \(day) \(zone)" }
    }

    @Test(arguments: [
        Case(zone: "America/Los_Angeles", day: "2026-05-14", field: .author, expected: ["b", "c", "f"]),
        Case(zone: "UTC", day: "2026-05-14", field: .author, expected: ["a", "b", "f"]),
        Case(zone: "Asia/Tokyo", day: "2026-05-14", field: .author, expected: ["a", "b", "e"]),
        Case(zone: "America/Los_Angeles", day: "2026-05-14", field: .committer, expected: ["g"]),
        Case(zone: "UTC", day: "2026-05-16", field: .committer, expected: ["a", "b", "c", "d", "e"]),
        Case(zone: "UTC", day: "2026-05-24", field: .committer, expected: ["f"]),
        Case(zone: "UTC", day: "2026-05-10", field: .committer, expected: []),
        Case(zone: "UTC", day: "2026-05-20", field: .author, expected: []),
    ])
    func keepsExactlyTheCommitsOfTheDayInTheZone(_ testCase: Case) throws {
        let zone = try #require(TimeZone(identifier: testCase.zone))
        let window = DateWindow(day: try #require(CalendarDay(parsing: testCase.day)), timeZone: zone, field: testCase.field)
        #expect(try Day.shared.names(window) == testCase.expected)
    }

    @Test func aCommitLandingTenDaysAfterItWasAuthoredIsFound() throws {
        let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
        let window = DateWindow(day: try #require(CalendarDay(parsing: "2026-05-14")), timeZone: zone)
        #expect(try Day.shared.names(window).contains("f"))
    }

    @Test func windowIsMidnightToMidnightInTheZone() throws {
        let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
        let window = DateWindow(day: try #require(CalendarDay(parsing: "2026-05-14")), timeZone: zone)
        #expect(window == DateWindow(start: 1_778_742_000, end: 1_778_828_400))
        #expect(window.contains(1_778_742_000))
        #expect(!window.contains(1_778_828_400))
    }

    @Test func daylightSavingDaysAreShorterOrLonger() throws {
        let zone = try #require(TimeZone(identifier: "America/Los_Angeles"))
        let spring = DateWindow(day: try #require(CalendarDay(parsing: "2026-03-08")), timeZone: zone)
        let autumn = DateWindow(day: try #require(CalendarDay(parsing: "2026-11-01")), timeZone: zone)
        #expect(spring.end - spring.start == 23 * 3600)
        #expect(autumn.end - autumn.start == 25 * 3600)
    }

    @Test func gitIsAskedFromTheDayBeforeWithoutAnUpperBoundForTheAuthorDate() {
        let arguments = GitLogQuery(repository: "/r", window: DateWindow(start: 1_000_000, end: 1_086_400)).arguments
        #expect(arguments.contains("--since=@\(1_000_000 - 86_400) +0000"))
        #expect(!arguments.contains { $0.hasPrefix("--until") })
    }

    @Test func gitFiltersTheCommitterDateExactly() {
        let arguments = GitLogQuery(repository: "/r", window: DateWindow(start: 1_000_000, end: 1_086_400, field: .committer)).arguments
        #expect(arguments.contains("--since=@1000000 +0000"))
        #expect(arguments.contains("--until=@1086399 +0000"))
    }

    @Test func commitsWithoutTheAbsoluteDateAreOutside() {
        let author = DateWindow(start: 0, end: 100)
        let committer = DateWindow(start: 0, end: 100, field: .committer)
        let dated = Signature(name: "n", email: "e", date: GitDate(text: "t", seconds: 50))
        #expect(!author.contains(Commit(hash: "abc", author: Signature(name: "n", email: "e", date: GitDate(text: "3 days ago")))))
        #expect(!author.contains(Commit(hash: "abc")))
        #expect(author.contains(Commit(hash: "abc", author: dated)))
        #expect(!committer.contains(Commit(hash: "abc", author: dated)))
        #expect(committer.contains(Commit(hash: "abc", committer: dated)))
    }

    /// The author-date window diffs only the commits it keeps, named in a second pass: they must
    /// come in the order one walk over everything gives.
    @Test func authorDayKeepsGitsOrder() throws {
        let zone = try #require(TimeZone(identifier: "UTC"))
        let window = DateWindow(day: try #require(CalendarDay(parsing: "2026-05-14")), timeZone: zone)
        let all = try Day.shared.hashesInOrder(GitLogQuery(repository: Day.shared.repository.path))
        let day = Set(["a", "b", "f"].compactMap { Day.shared.hashes[$0] })
        let kept = try Day.shared.hashesInOrder(GitLogQuery(repository: Day.shared.repository.path, window: window))
        #expect(kept.count == 3)
        #expect(kept == all.filter(day.contains))
    }

    @Test func firstPassListsNoDiffAndTheSecondNamesTheCommits() throws {
        let query = GitLogQuery(repository: "/r", revisions: ["main"], window: DateWindow(start: 1_000_000, end: 1_086_400))
        let scan = try #require(query.authorDateScanArguments)
        #expect(!scan.contains("--numstat") && !scan.contains("--raw"))
        #expect(scan.contains("--since=@\(1_000_000 - 86_400) +0000"))
        #expect(Array(scan.suffix(3)) == ["--end-of-options", "main", "--"])
        let named = try #require(query.arguments(forCommits: ["h2", "h1"]))
        #expect(named.contains("--numstat") && named.contains("--no-walk=unsorted"))
        #expect(!named.contains("main") && !named.contains { $0.hasPrefix("--since") })
        #expect(Array(named.suffix(4)) == ["--end-of-options", "h2", "h1", "--"])
        #expect(query.arguments(forCommits: Array(repeating: "h", count: GitLogQuery.maxNamedCommits + 1)) == nil)
        #expect(GitLogQuery(repository: "/r", window: DateWindow(start: 0, end: 1, field: .committer)).authorDateScanArguments == nil)
        #expect(GitLogQuery(repository: "/r").authorDateScanArguments == nil)
    }

    @Test func listingKeepsTheHashesAuthoredInTheWindowInOrder() {
        let listing = Array("c3 150\nb2 99\na1 100\nd4 200\nbad line\n\ne5 199\n".utf8)
        #expect(GitLogReader.hashes(inListing: listing, authoredIn: DateWindow(start: 100, end: 200)) == ["c3", "a1", "e5"])
    }
}
