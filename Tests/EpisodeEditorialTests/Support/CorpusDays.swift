import EpisodeModel

/// Splits a log into days by commit date in the committer's time zone, as a daily show would take them.
enum CorpusDays {
    static func split(_ commits: [Commit]) -> [String: [Commit]] {
        var days: [String: [Commit]] = [:]
        for commit in commits {
            guard let date = commit.committer?.date ?? commit.author?.date, let seconds = date.seconds else { continue }
            let local = seconds + Int64((date.utcOffsetMinutes ?? 0) * 60)
            let day = civilDate(Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
            days[day, default: []].append(commit)
        }
        return days
    }

    /// Days since 1970-01-01 to `YYYY-MM-DD`.
    static func civilDate(_ days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
