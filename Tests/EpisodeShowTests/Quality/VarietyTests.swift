import Foundation
import Testing
import EpisodeModel
import EpisodeAnalysis
@testable import EpisodeShow

/// Thirty consecutive days of golang/tools, as a daily listener hears them.
@Suite struct VarietyTests {
    static func month(from start: String = "2026-05-15") throws -> [VarietyMeasure] {
        let configuration = try CorpusDays.configuration("go-tools")
        let composer = try EpisodeComposer(configuration: configuration)
        let days = CorpusDays.byDay(try CorpusDays.cachedCommits("golang-tools-2026h1.fuller-numstat.log"))
        var date = try EpisodeDate(start)
        var episodes: [VarietyMeasure] = []
        for _ in 0..<30 {
            let analysis = Analyzer(configuration: configuration).analyze(days[date.description] ?? [])
            episodes.append(VarietyMeasure(episode: try composer.compose(analysis, date: date), analysis: analysis, pronunciations: configuration.pronunciations))
            date = date.next
        }
        return episodes
    }

    /// Openers shared by consecutive days, and four-word phrases heard on more than a third of them.
    static func measure(_ episodes: [VarietyMeasure]) -> (repeats: [String: [String]], common: [String: Int]) {
        var repeats: [String: [String]] = [:]
        for index in episodes.indices.dropFirst() {
            let shared = episodes[index].openers.intersection(episodes[index - 1].openers)
            if !shared.isEmpty { repeats[episodes[index].episode.date] = shared.sorted() }
        }
        var phraseDays: [String: Int] = [:]
        for episode in episodes { for phrase in episode.phrases { phraseDays[phrase, default: 0] += 1 } }
        return (repeats, phraseDays.filter { $0.value * 3 > episodes.count })
    }

    /// The month tuned on: no opener on two days running, no stock phrase on over a third of days.
    @Test func aMonthOfDaysNeverOpensTheSameWayTwoDaysRunning() throws {
        let (repeats, common) = Self.measure(try Self.month(from: "2026-05-15"))
        #expect(repeats.isEmpty, "\(repeats)")
        #expect(common.isEmpty, "\(common)")
    }

    /// A month not tuned on: busy days (nine and more changes, most told in full) use a slot more
    /// often than it has wordings, so a few openers recur there; at most three day pairs may share any.
    @Test func aHeldOutMonthRarelyRepeats() throws {
        let (repeats, common) = Self.measure(try Self.month(from: "2026-02-02"))
        #expect(repeats.count <= 3, "\(repeats)")
        #expect(common.isEmpty, "\(common)")
    }
}

extension VarietyTests {
    @Test func dumpLengths() throws {
        guard ProcessInfo.processInfo.environment["DUMP_LENGTHS"] != nil else { return }
        var out = ""
        for corpus in CorpusDays.corpora {
            for day in try CorpusDays.cachedEpisodes(corpus.file) {
                let told = day.episode.stories.filter(\.toldInFull).count
                out += "\(corpus.file.prefix(10)) \(day.day) commits=\(day.episode.commits.count) told=\(told) \(day.episode.duration) words=\(day.episode.wordCount)\n"
            }
        }
        try out.write(toFile: "/tmp/lengths.txt", atomically: true, encoding: .utf8)
    }
}
