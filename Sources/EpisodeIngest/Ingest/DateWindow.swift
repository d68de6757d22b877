import Foundation
import EpisodeModel

/// A half-open span of time, `[start, end)` in seconds since 1970, on one of a commit's dates:
/// the calendar day that `--date` names, read on the author or the committer date.
///
/// git's `--since`/`--until` filter on the committer date only, so `GitLogQuery` asks git for a
/// span sure to hold every commit of the window and the reader then filters exactly.
public struct DateWindow: Equatable, Hashable, Sendable {
    public var start: Int64
    public var end: Int64
    /// The date that must fall inside the window.
    public var field: DateField

    public init(start: Int64, end: Int64, field: DateField = .author) {
        self.start = start
        self.end = end
        self.field = field
    }

    /// The calendar day `day` in `timeZone`, from its midnight to the next (23 or 25 hours on DST days).
    public init(day: CalendarDay, timeZone: TimeZone, field: DateField = .author) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let startDate = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let endDate = calendar.date(byAdding: .day, value: 1, to: startDate)!
        self.start = Int64(startDate.timeIntervalSince1970.rounded(.down))
        self.end = Int64(endDate.timeIntervalSince1970.rounded(.down))
        self.field = field
    }

    /// Whether an instant (seconds since 1970) falls inside the window.
    public func contains(_ seconds: Int64) -> Bool { seconds >= start && seconds < end }

    /// The absolute date of `commit` this window looks at, or nil when the format did not carry one.
    public func seconds(of commit: Commit) -> Int64? {
        switch field {
        case .author: return commit.author?.date?.seconds
        case .committer: return commit.committer?.date?.seconds
        }
    }

    /// Whether the commit's `field` date is inside the window; commits without that absolute date are not.
    public func contains(_ commit: Commit) -> Bool {
        guard let seconds = seconds(of: commit) else { return false }
        return contains(seconds)
    }
}
