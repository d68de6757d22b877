import Foundation
import Testing
@testable import EpisodeIngest

@Suite struct CalendarDayTests {
    @Test(arguments: ["2026-05-14", "2024-02-29", "2026-12-31", "2026-01-01"])
    func acceptsRealDays(_ text: String) throws {
        let day = try #require(CalendarDay(parsing: text))
        #expect(day.description == text)
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "2026-04-31", "2026-00-10", "2026-05-00", "2026-5-14", "26-05-14", "2026/05/14", "yesterday", "", "2026-05-14T00:00"])
    func rejectsAnythingElse(_ text: String) {
        #expect(CalendarDay(parsing: text) == nil)
    }

    @Test func previousCrossesMonthsAndYears() throws {
        #expect(try #require(CalendarDay(parsing: "2026-03-01")).previous.description == "2026-02-28")
        #expect(try #require(CalendarDay(parsing: "2024-03-01")).previous.description == "2024-02-29")
        #expect(try #require(CalendarDay(parsing: "2026-01-01")).previous.description == "2025-12-31")
        #expect(try #require(CalendarDay(parsing: "2026-05-14")).previous.description == "2026-05-13")
    }

    @Test func dayContainingAnInstantDependsOnTheZone() throws {
        let instant = Date(timeIntervalSince1970: 1_778_742_000 - 1)  // 2026-05-14T06:59:59Z
        #expect(CalendarDay(containing: instant, in: try #require(TimeZone(identifier: "UTC"))).description == "2026-05-14")
        #expect(CalendarDay(containing: instant, in: try #require(TimeZone(identifier: "America/Los_Angeles"))).description == "2026-05-13")
    }
}
