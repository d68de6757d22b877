/// Dates the way a person says and writes them.
public enum SpokenDate {
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "Monday, June eighth, 2026".
    public static func spoken(_ date: EpisodeDate) -> String {
        "\(weekdays[date.weekday]), \(months[date.month - 1]) \(SpokenNumber.ordinal(date.day)), \(date.year)"
    }

    /// "Monday, June 8, 2026".
    public static func written(_ date: EpisodeDate) -> String {
        "\(weekdays[date.weekday]), \(months[date.month - 1]) \(date.day), \(date.year)"
    }
}
