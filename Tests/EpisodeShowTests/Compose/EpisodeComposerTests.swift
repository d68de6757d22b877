import Testing
import EpisodeModel
@testable import EpisodeShow

@Suite struct EpisodeComposerTests {
    @Test func printGoDay() throws {
        let composer = try EpisodeComposer(configuration: GoToolsDay.configuration)
        let episode = try composer.compose(GoToolsDay.analysis, date: try EpisodeDate(GoToolsDay.date))
        for segment in episode.segments { print("[\(segment.kind)] \(segment.text)\n") }
        print(episode.title, episode.summary, episode.duration)
        #expect(!episode.segments.isEmpty)
    }
}
