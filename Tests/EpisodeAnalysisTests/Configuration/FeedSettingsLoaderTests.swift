import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel
import EpisodeTestSupport

/// The configuration's `feed` object, read by `ShowConfigurationLoader`.
@Suite struct FeedSettingsLoaderTests {
    static let complete = """
        "baseURL": "https://example.org/shows/tools/", "author": "The authors", "imageURL": "https://example.org/cover.png", "category": "Technology"
        """

    func load(_ feed: String) throws -> ShowConfiguration {
        try ShowConfigurationLoader.load(Data("{\"feed\": {\(feed)}}".utf8), file: "show.json")
    }

    func error(_ feed: String) -> String {
        do {
            _ = try load(feed)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func readsTheFeedWithItsDefaults() throws {
        let feed = try #require(try load(Self.complete).feed)
        #expect(feed.baseURL == "https://example.org/shows/tools")
        #expect(feed.link == "https://example.org/shows/tools")
        #expect(feed.language == "en")
        #expect(feed.explicit == false)
        #expect(feed.description == nil)
        #expect(try ShowConfigurationLoader.load(Data("{}".utf8), file: "show.json").feed == nil)
        let full = try #require(try load(Self.complete + ", \"link\": \"https://example.org\", \"language\": \"de-CH\", \"explicit\": true, \"description\": \"Daily.\"").feed)
        #expect(full == FeedSettings(
            baseURL: "https://example.org/shows/tools", link: "https://example.org", description: "Daily.", language: "de-CH", author: "The authors",
            imageURL: "https://example.org/cover.png", category: "Technology", explicit: true))
    }

    @Test(arguments: [
        ("\"author\": \"a\", \"imageURL\": \"https://e.org/c.png\", \"category\": \"Technology\"", "show.json: feed.baseURL: a feed needs \"baseURL\""),
        (complete.replacingOccurrences(of: "https://example.org/shows/tools/", with: "example.org"), "feed.baseURL: expected an http or https URL, found \"example.org\""),
        (complete + ", \"language\": \"english please\"", "feed.language: expected a language tag such as \"en\" or \"en-US\""),
        (complete + ", \"explicit\": \"no\"", "feed.explicit: expected true or false, found a string"),
        (complete + ", \"categroy\": \"x\"", "feed.categroy: unknown key \"categroy\" (did you mean \"category\"?)"),
        (complete.replacingOccurrences(of: "\"category\": \"Technology\"", with: "\"category\": \"\""), "feed.category: a feed needs \"category\""),
    ])
    func mistakesNameTheirKeyPath(_ feed: String, _ message: String) {
        #expect(error(feed).contains(message), "\(error(feed))")
    }

    @Test func everyFeedKeyIsDocumented() throws {
        let docs = try String(contentsOf: TestCorpus.packageFile("Docs/ANALYSIS.md"), encoding: .utf8)
        #expect(docs.contains("| `feed` | object |"))
        for key in ShowConfigurationLoader.feedKeys {
            #expect(docs.contains("| `\(key)` |"), "Docs/ANALYSIS.md does not document feed.\(key)")
        }
    }
}
