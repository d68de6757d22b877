import Foundation
import Testing
import EpisodeModel
@testable import EpisodeShow

@Suite struct ChaptersRendererTests {
    struct Decoded: Decodable {
        struct Chapter: Decodable {
            var startTime: Double
            var title: String
        }
        var version: String
        var chapters: [Chapter]
    }

    @Test func aChapterForEachPartStartingWithItsFirstSentence() throws {
        let episode = try EpisodeComposer(configuration: GoToolsDay.configuration).compose(GoToolsDay.analysis, date: EpisodeDate("2026-06-08"))
        let timeline = ScriptTimeline(script: ScriptRenderer.render(episode), episode: episode, wordsPerMinute: 155, audioSeconds: 100)
        let decoded = try JSONDecoder().decode(Decoded.self, from: Data(try ChaptersRenderer.render(timeline, episode: episode).utf8))
        #expect(decoded.version == "1.2.0")
        #expect(decoded.chapters.first?.startTime == 0)
        #expect(decoded.chapters.first?.title == "Welcome")
        #expect(decoded.chapters.last?.title == "Sign-off")
        for (earlier, later) in zip(decoded.chapters, decoded.chapters.dropFirst()) {
            #expect(earlier.startTime < later.startTime)
            #expect(earlier.title != later.title)
        }
        #expect(decoded.chapters.allSatisfy { $0.startTime < 100 })
        let lead = try #require(episode.stories.first { $0.rank == 1 })
        #expect(decoded.chapters.contains { $0.title == lead.headline })
    }

    @Test func newTextJoinsTheChapterItStandsIn() throws {
        let episode = try EpisodeComposer(configuration: GoToolsDay.configuration).compose(GoToolsDay.analysis, date: EpisodeDate("2026-06-08"))
        var paragraphs = episode.segments.map(\.text)
        paragraphs.insert("A word from the editor about the weather today.", at: 2)
        let timeline = ScriptTimeline(script: paragraphs.joined(separator: "\n\n") + "\n", episode: episode, wordsPerMinute: 155)
        let edited = ChaptersRenderer.chapters(timeline, episode: episode)
        let draft = ChaptersRenderer.chapters(ScriptTimeline(script: ScriptRenderer.render(episode), episode: episode, wordsPerMinute: 155), episode: episode)
        #expect(edited.map(\.title) == draft.map(\.title))
        #expect(edited[2].startTime > draft[2].startTime)
    }
}
