/// A calendar day, the episode's date. Pure arithmetic: no time zones, no Foundation calendar.
public struct EpisodeDate: Codable, Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// - Throws: `EpisodeDateError` unless `text` is a real `YYYY-MM-DD` day.
    public init(_ text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= EpisodeDate.daysIn(month: month, year: year)
        else { throw EpisodeDateError(text: text) }
        self.init(year: year, month: month, day: day)
    }

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    /// 0 is Sunday ... 6 is Saturday (Sakamoto's method, proleptic Gregorian).
    public var weekday: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// The next calendar day.
    public var next: EpisodeDate {
        if day < EpisodeDate.daysIn(month: month, year: year) { return EpisodeDate(year: year, month: month, day: day + 1) }
        if month < 12 { return EpisodeDate(year: year, month: month + 1, day: 1) }
        return EpisodeDate(year: year + 1, month: 1, day: 1)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: EpisodeDate, rhs: EpisodeDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
