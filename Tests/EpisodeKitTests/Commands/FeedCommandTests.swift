import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// `episodegen feed` over a show folder with a draft and approved bundles.
@Suite struct FeedCommandTests {
    static let baseURL = "https://example.org/shows/tools"
    static let feedConfig = """
        {"showName": "Go Tools Daily", "feed": {"baseURL": "\(baseURL)/", "author": "The episodegen authors",
         "imageURL": "https://example.org/cover.png", "category": "Technology", "language": "en-US",
         "description": "What landed in golang/tools, every day."}}
        """

    func configured(_ fixture: BundleFixture, _ text: String = FeedCommandTests.feedConfig) throws -> String {
        try Data(text.utf8).write(to: fixture.url("show.json"))
        return "show.json"
    }

    @Test func theFeedListsExactlyTheApprovedEpisodesWithValidTranscriptsAndChapters() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let config = try configured(fixture)
        let first = try fixture.draft()
        let second = try fixture.draft(
            BundleFixture.oneCommitLog(day: "Tue Jun 9 10:00:00 2026 +0000", subject: "docs: explain the cache & its limits", body: "The cache is per user."),
            date: "2026-06-09")
        #expect(try fixture.run(["approve", first]).status == 0)

        let run = try fixture.run(["feed", "--config", config, "Outputs/show"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("Outputs/show: 1 approved episode in the feed"))
        var feed = try FeedDocument(parsing: run.output)
        #expect(feed.text("rss/channel/title") == "Go Tools Daily")
        #expect(feed.text("rss/channel/language") == "en-US")
        #expect(feed.all("rss/channel/item/guid").map(\.text) == ["\(Self.baseURL)/2026-06-08/"])
        try checkFilesBehind(feed, in: fixture)
        let notes = try fixture.text(first + "/notes.md")
        #expect(feed.text("rss/channel/item/description") == notes)
        let duration = try #require(Int(feed.text("rss/channel/item/itunes:duration") ?? ""))
        #expect(duration > 60 && duration < 130, "\(duration) s for the sample's script")

        #expect(try fixture.run(["approve", second]).status == 0)
        feed = try FeedDocument(parsing: try fixture.run(["feed", "--config", config, "Outputs/show/"]).output)
        #expect(feed.all("rss/channel/item/guid").map(\.text) == ["\(Self.baseURL)/2026-06-09/", "\(Self.baseURL)/2026-06-08/"])
        try checkFilesBehind(feed, in: fixture)
    }

    /// Every transcript and chapters URL names a file of the show folder that parses.
    func checkFilesBehind(_ feed: FeedDocument, in fixture: BundleFixture) throws {
        func local(_ url: String?) throws -> URL {
            let url = try #require(url)
            #expect(url.hasPrefix(Self.baseURL + "/"))
            return fixture.url("Outputs/show/" + url.dropFirst(Self.baseURL.count + 1))
        }
        let transcripts = feed.all("rss/channel/item/podcast:transcript")
        let chapters = feed.all("rss/channel/item/podcast:chapters")
        #expect(transcripts.count == feed.all("rss/channel/item").count)
        #expect(chapters.count == transcripts.count)
        for element in transcripts {
            let vtt = try WebVTTDocument(parsing: String(contentsOf: try local(element.attributes["url"]), encoding: .utf8))
            #expect(!vtt.cues.isEmpty)
        }
        struct Chapters: Decodable {
            struct Chapter: Decodable { var startTime: Double; var title: String }
            var version: String
            var chapters: [Chapter]
        }
        for element in chapters {
            let decoded = try JSONDecoder().decode(Chapters.self, from: Data(contentsOf: try local(element.attributes["url"])))
            #expect(decoded.version == "1.2.0")
            #expect(decoded.chapters.first?.startTime == 0)
        }
    }

    @Test(.enabled(if: ExternalTool.runs("espeak-ng"), "espeak-ng is not installed (apt-get install espeak-ng); CI installs it and runs this test"))
    func audioBecomesTheEnclosureAndItsLengthTheDuration() throws {
        try #require(ExternalTool.path("espeak-ng") != nil, Comment(rawValue: ExternalTool.missing("espeak-ng", package: "espeak-ng")))
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let config = try configured(fixture)
        let bundle = try fixture.draft()
        #expect(try fixture.run(["approve", "--audio", bundle]).status == 0)
        let feed = try FeedDocument(parsing: try fixture.run(["feed", "--config", config, "Outputs/show"]).output)
        let wav = try Data(contentsOf: fixture.url(bundle + "/episode.wav"))
        let seconds = try #require(WAVHeader.durationSeconds(of: Array(wav)))
        #expect(feed.all("rss/channel/item/enclosure").first?.attributes == [
            "url": "\(Self.baseURL)/2026-06-08/episode.wav", "length": "\(wav.count)", "type": "audio/wav",
        ])
        #expect(feed.text("rss/channel/item/itunes:duration") == "\(Int(seconds.rounded()))")
    }

    @Test func aShowWithoutFeedSettingsIsAConfigurationError() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let config = try configured(fixture, "{\"showName\": \"Go Tools Daily\"}")
        try fixture.draft()
        let run = try fixture.run(["feed", "--config", config, "Outputs/show"])
        #expect(run.status == ExitStatus.configuration)
        #expect(run.error.contains("show.json: feed: episodegen feed needs a \"feed\" object with baseURL, author, imageURL and category"))
        #expect(run.output.isEmpty)
    }

    @Test func feedNeedsAFolder() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let run = try fixture.run(["feed", "--config", try configured(fixture)])
        #expect(run.status == ExitStatus.usage)
        #expect(run.error.contains("feed needs the show folder"))
    }
}
