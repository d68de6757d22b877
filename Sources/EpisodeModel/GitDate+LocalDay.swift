extension GitDate {
    /// The calendar day (`YYYY-MM-DD`, proleptic Gregorian) of this instant in the signature's
    /// own time zone: the day its author or committer saw on the clock. `nil` without an
    /// absolute date (`log.date=relative`). Pure arithmetic, no Foundation calendars, so it is
    /// cheap enough to call for every commit of a whole history.
    public var localDay: String? {
        guard let seconds else { return nil }
        let local = seconds + Int64((utcOffsetMinutes ?? 0) * 60)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        // Days since 1970-01-01 to year, month and day (the civil-from-days algorithm).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
