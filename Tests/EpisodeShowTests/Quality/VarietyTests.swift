import Foundation
import Testing
import EpisodeModel
import EpisodeAnalysis
@testable import EpisodeShow

/// Thirty consecutive days of golang/tools, as a daily listener hears them.
@Suite struct VarietyTests {
    static func month(
        from start: String = "2026-05-15", file: String = "golang-tools-2026h1.fuller-numstat.log", preset: String? = "go-tools"
    ) throws -> [VarietyMeasure] {
        let configuration = try CorpusDays.configuration(preset)
        let composer = try EpisodeComposer(configuration: configuration)
        let days = CorpusDays.byDay(try CorpusDays.cachedCommits(file))
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

    /// A month not tuned on: the wordings of a slot are split by the day's parity, so two days
    /// running share none while each uses a slot up to half its wordings.
    @Test func aHeldOutMonthNeverRepeatsEither() throws {
        let (repeats, common) = Self.measure(try Self.month(from: "2026-02-02"))
        print("variety: golang/tools from 2026-02-02 (held out): \(repeats.count) day pairs share an opener \(repeats); common phrases \(common)")
        #expect(repeats.isEmpty, "\(repeats)")
        #expect(common.isEmpty, "\(common)")
    }

    /// Another repository, never read for wording: git/git's May, whose days bring a median of
    /// ten commits and up to fifty-four. A busy day tells more stories than a slot has wordings
    /// in its half, so some openers recur on the next day; the bound is today's measure (eight
    /// day pairs, fourteen shared openers), so that it can only get better.
    @Test func anotherRepositorysMonthRarelyRepeats() throws {
        let (repeats, common) = Self.measure(try Self.month(from: "2026-05-04", file: "git-git-2026-summer.name-status.log", preset: nil))
        print("variety: git/git from 2026-05-04 (held out): \(repeats.count) day pairs share an opener \(repeats); common phrases \(common)")
        #expect(repeats.count <= 8, "\(repeats)")
        #expect(repeats.values.map(\.count).reduce(0, +) <= 14, "\(repeats)")
        #expect(common.isEmpty, "\(common)")
    }
}
