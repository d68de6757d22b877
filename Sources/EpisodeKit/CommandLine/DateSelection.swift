import Foundation
import EpisodeIngest

/// The day `--date` names: a calendar date, or `today`/`yesterday` in the chosen time zone.
public enum DateSelection: Equatable, Sendable {
    case day(CalendarDay)
    case today
    case yesterday

    /// Parses `YYYY-MM-DD`, `today` or `yesterday`; `nil` for anything else.
    public init?(parsing text: String) {
        switch text {
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            guard let day = CalendarDay(parsing: text) else { return nil }
            self = .day(day)
        }
    }

    /// The calendar day meant, with `today` taken from `now` in `timeZone`.
    public func resolve(now: Date, in timeZone: TimeZone) -> CalendarDay {
        switch self {
        case .day(let day): return day
        case .today: return CalendarDay(containing: now, in: timeZone)
        case .yesterday: return CalendarDay(containing: now, in: timeZone).previous
        }
    }
}
