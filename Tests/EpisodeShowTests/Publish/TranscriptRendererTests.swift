import Foundation
import Testing
import EpisodeModel
import EpisodeTestSupport
@testable import EpisodeShow

@Suite struct TranscriptRendererTests {
    static func episode() throws -> Episode {
        try EpisodeComposer(configuration: GoToolsDay.configuration).compose(GoToolsDay.analysis, date: EpisodeDate("2026-06-08"))
    }

    @Test func aCueASentenceTimedByTheSpeakingRate() throws {
        let episode = try Self.episode()
        let script = ScriptRenderer.render(episode)
        let timeline = ScriptTimeline(script: script, episode: episode, wordsPerMinute: 150)
        let vtt = try WebVTTDocument(parsing: TranscriptRenderer.render(timeline))
        let sentences = episode.segments.flatMap { SentenceTools.sentences(in: $0.text) }
        #expect(vtt.cues.map(\.text) == sentences)
        #expect(vtt.cues.first?.start == 0)
        for (earlier, later) in zip(vtt.cues, vtt.cues.dropFirst()) { #expect(abs(earlier.end - later.start) < 0.002) }
        // 150 words a minute: every cue lasts 0.4 s a word.
        for cue in vtt.cues { #expect(abs((cue.end - cue.start) - Double(SentenceTools.wordCount(cue.text)) * 0.4) < 0.002) }
        #expect(abs(timeline.duration - Double(EpisodeDuration.wordCount(script)) * 0.4) < 0.01)
    }

    @Test func measuredAudioStretchesEveryCue() throws {
        let episode = try Self.episode()
        let timeline = ScriptTimeline(script: ScriptRenderer.render(episode), episode: episode, wordsPerMinute: 150, audioSeconds: 123.25)
        let vtt = try WebVTTDocument(parsing: TranscriptRenderer.render(timeline))
        #expect(abs((vtt.cues.last?.end ?? 0) - 123.25) < 0.002)
        #expect(timeline.duration == 123.25)
    }

    @Test func cueTextCannotBreakTheFormat() throws {
        let episode = Episode(
            showName: "S", date: "2026-06-08", spokenDate: "", writtenDate: "", title: "T", summary: "", wordCount: 6, durationSeconds: 2,
            duration: "PT2S", contributors: [], segments: [Segment(kind: .lead, text: "A --> B & <c> went in.")], stories: [], commits: [])
        let text = TranscriptRenderer.render(ScriptTimeline(script: ScriptRenderer.render(episode), episode: episode, wordsPerMinute: 155))
        let vtt = try WebVTTDocument(parsing: text)
        #expect(vtt.cues.map(\.text) == ["A --&gt; B &amp; &lt;c&gt; went in."])
    }

    @Test func timestampsAreHoursMinutesSecondsAndMilliseconds() {
        #expect(TranscriptRenderer.timestamp(0) == "00:00:00.000")
        #expect(TranscriptRenderer.timestamp(3723.4567) == "01:02:03.457")
    }

    @Test func theParserRejectsWhatIsNotWebVTT() {
        #expect(throws: WebVTTDocument.Malformed.self) { try WebVTTDocument(parsing: "WEBVTX\n") }
        #expect(throws: WebVTTDocument.Malformed.self) { try WebVTTDocument(parsing: "WEBVTT\n\n1\n00:00:01.000 -> 00:00:02.000\nHi\n") }
        #expect(throws: WebVTTDocument.Malformed.self) { try WebVTTDocument(parsing: "WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nHi\n") }
    }
}
