import Foundation
import EpisodeModel
import EpisodeIngest
import EpisodeAnalysis
import EpisodeShow
import EpisodeTestSupport

/// Real days of the shared corpus: parse a log file, group its commits by day (the
/// committer date where the log has one, else the author date, in the commit's own
/// time zone), and analyse a day with the editorial stage.
enum CorpusDays {
    /// The package root, for Inputs/config presets.
    static var packageRoot: URL { TestCorpus.packageRoot }

    static func commits(_ file: String) throws -> [Commit] {
        let data = try TestCorpus.data(file)
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
        (commit.committer?.date ?? commit.author?.date)?.localDay
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

    /// One composed day of a corpus of `corpora`.
    struct ComposedDay {
        var day: String
        var analysis: Analysis
        var episode: Episode
    }

    nonisolated(unsafe) private static var episodeCache: [String: [ComposedDay]] = [:]

    /// Every day of a corpus of `corpora`, analysed and composed with its preset, in date order;
    /// built once per test process, since several whole-corpus tests read the same episodes.
    static func cachedEpisodes(_ file: String) throws -> [ComposedDay] {
        let commits = try cachedCommits(file)
        lock.lock()
        defer { lock.unlock() }
        if let days = episodeCache[file] { return days }
        let configuration = try configuration(forCorpus: file)
        let composer = try EpisodeComposer(configuration: configuration)
        let days = try byDay(commits).sorted { $0.key < $1.key }.map { day, commits in
            let analysis = Analyzer(configuration: configuration).analyze(commits)
            return ComposedDay(day: day, analysis: analysis, episode: try composer.compose(analysis, date: try EpisodeDate(day)))
        }
        episodeCache[file] = days
        return days
    }

    /// The analysis of one day of a corpus file with a preset of Inputs/config (nil: defaults).
    static func analysis(_ file: String, day: String, preset: String?) throws -> (Analysis, ShowConfiguration) {
        let configuration = try configuration(preset)
        let commits = byDay(try cachedCommits(file))[day] ?? []
        return (Analyzer(configuration: configuration).analyze(commits), configuration)
    }

    /// The corpora the whole-corpus tests run over, each with the preset it is read with
    /// (nil: the default configuration).
    static let corpora: [(file: String, preset: String?)] = [
        ("golang-tools-2026h1.fuller-numstat.log", "go-tools"),
        ("git-cliff.stat.log", nil),
        ("git-git-2026-summer.name-status.log", nil),
    ]

    /// The configuration a corpus of `corpora` is read with.
    static func configuration(forCorpus file: String) throws -> ShowConfiguration {
        try configuration(corpora.first { $0.file == file }!.preset)
    }

    static func configuration(_ preset: String?) throws -> ShowConfiguration {
        guard let preset else { return ShowConfiguration() }
        let url = packageRoot.appendingPathComponent("Inputs/config/\(preset).json")
        return try ShowConfigurationLoader.load(try Data(contentsOf: url), file: url.path)
    }
}

