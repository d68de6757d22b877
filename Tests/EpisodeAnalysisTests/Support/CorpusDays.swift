import EpisodeModel

/// Splits a log into days by commit date in the committer's time zone, as a daily show would take them.
enum CorpusDays {
    static func split(_ commits: [Commit]) -> [String: [Commit]] {
        var days: [String: [Commit]] = [:]
        for commit in commits {
            guard let day = (commit.committer?.date ?? commit.author?.date)?.localDay else { continue }
            days[day, default: []].append(commit)
        }
        return days
    }
}
