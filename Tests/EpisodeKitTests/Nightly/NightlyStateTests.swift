import EpisodeIngest
import Testing
@testable import EpisodeKit

@Suite struct NightlyStateTests {
    func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    @Test func aNewShowDraftsOnlyTheAskedForDay() {
        #expect(NightlyState().days(through: day("2026-06-08")) == [day("2026-06-08")])
    }

    @Test func nightsOffAreCaughtUpAcrossAMonthAndAYear() {
        let state = NightlyState(lastDrafted: "2026-12-30")
        #expect(state.days(through: day("2027-01-02")).map(\.description) == ["2026-12-31", "2027-01-01", "2027-01-02"])
        #expect(NightlyState(lastDrafted: "2024-02-27").days(through: day("2024-03-01")).map(\.description) == ["2024-02-28", "2024-02-29", "2024-03-01"])
    }

    @Test func aDayAlreadyDraftedOrEarlierIsDraftedAlone() {
        let state = NightlyState(lastDrafted: "2026-06-08")
        #expect(state.days(through: day("2026-06-08")) == [day("2026-06-08")])
        #expect(state.days(through: day("2026-06-01")) == [day("2026-06-01")])
    }

    @Test func anUnreadableDayIsIgnored() {
        #expect(NightlyState(lastDrafted: "yesterday").days(through: day("2026-06-08")) == [day("2026-06-08")])
    }
}
