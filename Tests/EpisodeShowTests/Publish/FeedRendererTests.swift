import Foundation
import Testing
import EpisodeModel
import EpisodeTestSupport
@testable import EpisodeShow

@Suite struct FeedRendererTests {
    static let settings = FeedSettings(
        baseURL: "https://example.org/shows/log/", author: "The Commit Log team", imageURL: "https://example.org/cover.png", category: "Technology")

    static func item(_ day: String, audio: Bool) throws -> FeedItem {
        let base = "https://example.org/shows/log/\(day)"
        return FeedItem(
            date: try EpisodeDate(day), title: "Fix <this> & that", notes: "# Fix\n\n- **one** & two <b>", durationSeconds: 96, guid: base + "/",
            link: "https://example.org", enclosure: audio ? FeedItem.Enclosure(url: base + "/episode.wav", length: 1234, type: "audio/wav") : nil,
            transcriptURL: base + "/transcript.vtt", chaptersURL: base + "/chapters.json")
    }

    @Test func aWellFormedFeedWithTheTagsPodcastAppsRequire() throws {
        let xml = FeedRenderer.render(showName: "The Commit Log", settings: Self.settings, items: [try Self.item("2026-06-08", audio: true), try Self.item("2026-06-09", audio: false)])
        let feed = try FeedDocument(parsing: Data(xml.utf8))
        for tag in ["title", "link", "description", "language", "itunes:author", "itunes:explicit"] {
            #expect(feed.text("rss/channel/\(tag)")?.isEmpty == false, "channel has no \(tag)")
        }
        #expect(feed.all("rss/channel/itunes:image").first?.attributes["href"] == "https://example.org/cover.png")
        #expect(feed.all("rss/channel/itunes:category").first?.attributes["text"] == "Technology")
        #expect(feed.text("rss/channel/link") == "https://example.org/shows/log")
        let items = feed.all("rss/channel/item/guid").map(\.text)
        #expect(items == ["https://example.org/shows/log/2026-06-09/", "https://example.org/shows/log/2026-06-08/"])
        #expect(feed.all("rss/channel/item/pubDate").map(\.text) == ["Tue, 09 Jun 2026 00:00:00 +0000", "Mon, 08 Jun 2026 00:00:00 +0000"])
        #expect(feed.all("rss/channel/item/itunes:duration").map(\.text) == ["96", "96"])
        #expect(feed.all("rss/channel/item/description").first?.text == "# Fix\n\n- **one** & two <b>")
        #expect(feed.all("rss/channel/item/title").first?.text == "Fix <this> & that")
        let enclosures = feed.all("rss/channel/item/enclosure")
        #expect(enclosures.count == 1)
        #expect(enclosures.first?.attributes == ["url": "https://example.org/shows/log/2026-06-08/episode.wav", "length": "1234", "type": "audio/wav"])
        #expect(feed.all("rss/channel/item/podcast:transcript").map { $0.attributes["type"] } == ["text/vtt", "text/vtt"])
        #expect(feed.all("rss/channel/item/podcast:chapters").first?.attributes["type"] == "application/json+chapters")
        #expect(feed.all("rss/channel/item/podcast:chapters").first?.attributes["url"] == "https://example.org/shows/log/2026-06-09/chapters.json")
    }

    @Test func pubDateIsRFC822() throws {
        #expect(FeedRenderer.pubDate(try EpisodeDate("2026-01-02")) == "Fri, 02 Jan 2026 00:00:00 +0000")
    }

    @Test func controlCharactersXMLForbidsAreDropped() throws {
        var item = try Self.item("2026-06-08", audio: false)
        item.notes = "bell\u{07} and tab\t"
        let xml = FeedRenderer.render(showName: "S", settings: Self.settings, items: [item])
        #expect(try FeedDocument(parsing: Data(xml.utf8)).text("rss/channel/item/description") == "bell and tab\t")
    }
}
