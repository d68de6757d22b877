@testable import EpisodeIngest
import EpisodeModel
import Testing

/// Every `--date=` form git prints reads to the right instant and zone.
@Suite struct GitDateParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var seconds: Int64?
        var offset: Int?
        var testDescription: String { text }
    }

    // 2026-08-20 07:30:30 -0700 is 1787236230 (checked with `date -d ... +%s`).
    static let cases: [Case] = [
        Case(text: "Thu Aug 20 07:30:30 2026 -0700", seconds: 1_787_236_230, offset: -420),
        Case(text: "Thu Aug 6 07:30:30 2026 +0200", seconds: 1_785_994_230, offset: 120),
        Case(text: "2026-08-20 07:30:30 -0700", seconds: 1_787_236_230, offset: -420),
        Case(text: "2026-08-20T07:30:30-07:00", seconds: 1_787_236_230, offset: -420),
        Case(text: "2026-08-20T14:30:30Z", seconds: 1_787_236_230, offset: 0),
        Case(text: "Thu, 20 Aug 2026 07:30:30 -0700", seconds: 1_787_236_230, offset: -420),
        Case(text: "1787236230 -0700", seconds: 1_787_236_230, offset: -420),
        Case(text: "1787236230", seconds: 1_787_236_230, offset: nil),
        Case(text: "2026-08-20", seconds: 1_787_184_000, offset: nil),
        Case(text: "Thu Aug 20 14:30:30 2026", seconds: 1_787_236_230, offset: nil),
        Case(text: "Sat Jan 1 00:00:00 2000 +0530", seconds: 946_684_800 - 330 * 60, offset: 330),
        Case(text: "Wed Feb 29 12:00:00 2024 +0000", seconds: 1_709_208_000, offset: 0),
        Case(text: "3 days ago", seconds: nil, offset: nil),
        Case(text: "Thu Aug 20 07:30", seconds: nil, offset: nil),
        Case(text: "yesterday", seconds: nil, offset: nil),
        Case(text: "", seconds: nil, offset: nil),
        // Found by probing: a year this large overflowed the day arithmetic and crashed the run.
        Case(text: "Thu Aug 20 07:30:30 292277026597 -0700", seconds: nil, offset: nil),
        Case(text: "292277026597-08-20 07:30:30 -0700", seconds: nil, offset: nil),
        Case(text: "Thu, 20 Aug 99999999999999999999 07:30:30 -0700", seconds: nil, offset: nil),
        // Found by probing: 19 digits were cut to 18 silently, and a negative raw date lost its seconds.
        Case(text: "1787236230000000000 +0000", seconds: nil, offset: nil),
        Case(text: "99999999999999999999 +0000", seconds: nil, offset: nil),
        Case(text: "-86400 +0000", seconds: -86_400, offset: 0),
        Case(text: "-1", seconds: -1, offset: nil),
        Case(text: "-", seconds: nil, offset: nil),
        Case(text: "Thu Aug 20 07:30:30 30000000 +0000", seconds: 946_646_412_852_630, offset: 0),
    ]

    @Test(arguments: cases)
    func readsTheInstantAndZone(_ testCase: Case) {
        let date = Array(testCase.text.utf8).withUnsafeBufferPointer { GitDateParser.parse($0) }
        #expect(date.text == testCase.text)
        #expect(date.seconds == testCase.seconds)
        #expect(date.utcOffsetMinutes == testCase.offset)
    }

    @Test func daysFromCivilMatchesKnownDays() {
        #expect(GitDateParser.daysFromCivil(year: 1970, month: 1, day: 1) == 0)
        #expect(GitDateParser.daysFromCivil(year: 2000, month: 3, day: 1) == 11_017)
        #expect(GitDateParser.daysFromCivil(year: 1969, month: 12, day: 31) == -1)
        #expect(GitDateParser.daysFromCivil(year: 2026, month: 8, day: 20) == 20_685)
    }
}
