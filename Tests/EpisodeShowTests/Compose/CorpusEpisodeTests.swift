import Foundation
import Testing
import EpisodeModel
import EpisodeAnalysis
@testable import EpisodeShow

/// Real days end to end: LogParser -> Analyzer -> EpisodeComposer -> renderers.
@Suite struct CorpusEpisodeTests {
    @Test(arguments: CorpusDays.corpora.map(\.file))
    func everyDaysScriptIsSpeakable(file: String) throws {
        let days = try CorpusDays.cachedEpisodes(file)
        #expect(days.count > 50)
        for (day, analysis, episode) in days.map({ ($0.day, $0.analysis, $0.episode) }) {
            let script = ScriptRenderer.render(episode)
            if let dump = ProcessInfo.processInfo.environment["EPISODE_DUMP_SCRIPTS"] {
                // For reading every day as a listener: EPISODE_DUMP_SCRIPTS=/tmp/days swift test ...
                let url = URL(fileURLWithPath: dump).appendingPathComponent("\(file.prefix(8))-\(day).txt")
                try? FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true)
                try script.write(to: url, atomically: true, encoding: .utf8)
            }
            // Provenance only names commits of the day, and the lead speaks of the top story told.
            let hashes = Set(analysis.commits.map(\.commit.hash))
            #expect(episode.segments.allSatisfy { Set($0.commits).isSubset(of: hashes) }, "\(file) \(day): provenance outside the day")
            #expect(episode.commits.count == analysis.commits.count)
            let findings = UnspeakableScanner.findings(in: script)
            #expect(findings.isEmpty, "\(file) \(day): \(findings)")
            #expect(!script.contains("  "), "\(file) \(day): double space")
            #expect(episode.segments.first?.kind == .greeting && episode.segments.last?.kind == .signoff)
        }
    }

    @Test func thirtyConsecutiveGoToolsDaysVaryAndRerunIdentically() throws {
        let configuration = try CorpusDays.configuration("go-tools")
        let composer = try EpisodeComposer(configuration: configuration)
        let days = CorpusDays.byDay(try CorpusDays.cachedCommits("golang-tools-2026h1.fuller-numstat.log"))
        var date = try EpisodeDate("2026-06-01")
        var openings: [String] = []
        var withCommits = 0
        for _ in 0..<30 {
            let commits = days[date.description] ?? []
            if !commits.isEmpty { withCommits += 1 }
            let analysis = Analyzer(configuration: configuration).analyze(commits)
            let first = try EpisodeBundle.files(for: composer.compose(analysis, date: date))
            let second = try EpisodeBundle.files(for: composer.compose(analysis, date: date))
            #expect(first == second, "\(date) is not byte-identical on a rerun")
            openings.append(ScriptRenderer.render(try composer.compose(analysis, date: date)).split(separator: "\n").first.map(String.init) ?? "")
            date = date.next
        }
        #expect(withCommits >= 15)
        // The date differs every day anyway; compare the openings' wording without it.
        let shapes = Set(openings.map { line in SpokenDate.weekdays.reduce(line) { $0.replacingOccurrences(of: $1, with: "DAY") }.prefix(20) })
        #expect(shapes.count > 1, "thirty openings all start the same: \(openings[0])")
    }

    @Test func aGoDayLeadsWithAFixAndNamesEveryone() throws {
        let (analysis, configuration) = try CorpusDays.analysis("golang-tools-2026h1.fuller-numstat.log", day: "2026-06-08", preset: "go-tools")
        let episode = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate("2026-06-08"))
        #expect(episode.commits.count == 6)
        let script = episode.segments.map(\.text).joined(separator: " ")
        for person in analysis.people where !person.isBot { #expect(script.contains(person.name), "\(person.name) is never named") }
        let lead = try #require(episode.segments.first { $0.kind == .lead })
        #expect(lead.commits == analysis.stories[0].commits)
    }

    @Test func aBusyGitDayNamesBotsOnlyAsCounts() throws {
        let (analysis, configuration) = try CorpusDays.analysis("git-cliff.stat.log", day: "2025-07-27", preset: nil)
        let bots = analysis.people.filter(\.isBot)
        #expect(!bots.isEmpty)
        let episode = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate("2025-07-27"))
        for segment in episode.segments where segment.kind != .framing {
            for bot in bots { #expect(!segment.text.contains(bot.name), "\(segment.kind) narrates \(bot.name)") }
        }
        #expect(episode.segments[1].text.contains("automated"))
    }
}

extension CorpusEpisodeTests {
    /// `git log --graph --oneline` has neither authors nor dates: the whole log is one episode.
    @Test func aOnelineLogWithoutAuthorsIsToldWithoutNames() throws {
        let commits = try CorpusDays.cachedCommits("git-cliff.graph-oneline.log")
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(commits)
        let episode = try EpisodeComposer(configuration: ShowConfiguration()).compose(analysis, date: try EpisodeDate("2026-01-01"))
        let script = ScriptRenderer.render(episode)
        #expect(script.contains("the log doesn't say who wrote them"))
        #expect(episode.segments.contains { $0.kind == .lead })
        #expect(UnspeakableScanner.findings(in: script).isEmpty, "\(UnspeakableScanner.findings(in: script))")
    }
}
