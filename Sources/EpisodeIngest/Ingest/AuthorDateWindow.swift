import Foundation
import EpisodeModel

/// A half-open span of time, `[start, end)` in seconds since 1970: the calendar day that `--date` names.
///
/// git's `--since`/`--until` filter on the committer date, so the window is used twice: widened
/// (by two days on each side) for git, and exactly, on the author date, by the reader.
public struct AuthorDateWindow: Equatable, Hashable, Sendable {
    public var start: Int64
    public var end: Int64

    public init(start: Int64, end: Int64) {
        self.start = start
        self.end = end
    }

    /// The calendar day `day` in `timeZone`, from its midnight to the next (23 or 25 hours on DST days).
    public init(day: CalendarDay, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let startDate = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let endDate = calendar.date(byAdding: .day, value: 1, to: startDate)!
        self.start = Int64(startDate.timeIntervalSince1970.rounded(.down))
        self.end = Int64(endDate.timeIntervalSince1970.rounded(.down))
    }

    /// Whether an instant (seconds since 1970) falls inside the window.
    public func contains(_ seconds: Int64) -> Bool { seconds >= start && seconds < end }

    /// Whether the commit was authored inside the window; commits without an absolute author date are not.
    public func contains(authorOf commit: Commit) -> Bool {
        guard let seconds = commit.author?.date?.seconds else { return false }
        return contains(seconds)
    }

    /// The same window with `days` more on each side, for git's committer-date filter.
    public func widened(byDays days: Int64) -> AuthorDateWindow {
        AuthorDateWindow(start: start - days * 86_400, end: end + days * 86_400)
    }
}
