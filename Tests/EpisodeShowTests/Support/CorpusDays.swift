import Foundation
import EpisodeModel
import EpisodeIngest
import EpisodeEditorial
import EpisodeShow
import EpisodeTestSupport

/// Real days of the shared corpus: parse a log file, group its commits by day (the
/// committer date where the log has one, else the author date, in the commit's own
/// time zone), and analyse a day with the editorial stage.
enum CorpusDays {
    /// ../shared/corpus beside the package root.
    static var folder: URL { TestCorpus.folder }

    /// The package root, for Inputs/config presets.
    static var packageRoot: URL { TestCorpus.packageRoot }

    static func commits(_ file: String) throws -> [Commit] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        var parser = LogParser()
        var commits: [Commit] = []
        try data.withUnsafeBytes { bytes in
            try parser.consume(bytes) { commits.append($0) }
        }
        try parser.finish { commits.append($0) }
        return commits
    }

    /// `YYYY-MM-DD` of a commit in its own time zone, or nil without an absolute date.
    static func day(of commit: Commit) -> String? {
        guard let date = commit.committer?.date ?? commit.author?.date, let seconds = date.seconds else { return nil }
        let local = seconds + Int64((date.utcOffsetMinutes ?? 0) * 60)
        var days = Int(local / 86400)
        if local < 0, local % 86400 != 0 { days -= 1 }
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return EpisodeDate(year: y, month: m, day: d).description
    }

    /// Commits by day, in input order within a day.
    static func byDay(_ commits: [Commit]) -> [String: [Commit]] {
        var days: [String: [Commit]] = [:]
        for commit in commits {
            guard let day = day(of: commit) else { continue }
            days[day, default: []].append(commit)
        }
        return days
    }

    /// Parsed corpus files, read once per test process.
    nonisolated(unsafe) private static var cache: [String: [Commit]] = [:]
    private static let lock = NSLock()

    static func cachedCommits(_ file: String) throws -> [Commit] {
        lock.lock()
        defer { lock.unlock() }
        if let commits = cache[file] { return commits }
        let commits = try commits(file)
        cache[file] = commits
        return commits
    }

    /// The analysis of one day of a corpus file with a preset of Inputs/config (nil: defaults).
    static func analysis(_ file: String, day: String, preset: String?) throws -> (Analysis, ShowConfiguration) {
        let configuration = try configuration(preset)
        let commits = byDay(try cachedCommits(file))[day] ?? []
        return (Analyzer(configuration: configuration).analyze(commits), configuration)
    }

    static func configuration(_ preset: String?) throws -> ShowConfiguration {
        guard let preset else { return ShowConfiguration() }
        let url = packageRoot.appendingPathComponent("Inputs/config/\(preset).json")
        return try ShowConfigurationLoader.load(try Data(contentsOf: url), file: url.path)
    }
}

