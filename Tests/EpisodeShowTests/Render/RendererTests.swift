import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import EpisodeModel
@testable import EpisodeShow

@Suite struct RendererTests {
    static let episode = Episode(
        showName: "The Commit Log", date: "2026-06-08", spokenDate: "Monday, June eighth, 2026", writtenDate: "Monday, June 8, 2026",
        title: "Fix a | b", summary: "One change from one person.", wordCount: 12, durationSeconds: 5, duration: "PT5S",
        contributors: [Contributor(name: "René Scharfe", commits: 2, isBot: false), Contributor(name: "dependabot[bot]", commits: 1, isBot: true)],
        segments: [
            Segment(kind: .greeting, text: "Welcome to The Commit Log & friends.", emphasis: [EmphasisSpan(start: 11, length: 14)]),
            Segment(kind: .lead, text: "René fixed <tags>. It was broken.", commits: ["0123456789abcdef0123456789abcdef01234567"]),
        ],
        stories: [EpisodeStory(id: "commit:0123456", rank: 1, headline: "fix a | b", authors: ["René Scharfe"], commits: ["0123456789abcdef0123456789abcdef01234567"], issues: [EpisodeIssue(relation: "fixes", label: "#12", link: "https://example.com/issues/12")], toldInFull: true)],
        commits: [EpisodeCommit(hash: "0123456789abcdef0123456789abcdef01234567", shortHash: "0123456", author: "René Scharfe", area: "tag", subject: "tag: fix a | b", link: "https://example.com/c/0123456789abcdef0123456789abcdef01234567", isBot: false)])

    @Test func scriptIsOneLinePerSegmentWithBlankLinesBetween() {
        #expect(ScriptRenderer.render(Self.episode) == "Welcome to The Commit Log & friends.\n\nRené fixed <tags>. It was broken.\n")
    }

    @Test func notesEscapeTableCellsAndLinkEveryCommit() {
        let notes = NotesRenderer.render(Self.episode)
        #expect(notes.hasPrefix("# Fix a | b\nThe Commit Log · Monday, June 8, 2026 · PT5S\n\nOne change from one person.\n"))
        #expect(notes.contains("| [`0123456`](https://example.com/c/0123456789abcdef0123456789abcdef01234567) | René Scharfe | tag | tag: fix a \\| b |"))
        #expect(notes.contains("- **fix a | b** (René Scharfe): [`0123456`](https://example.com/c/0123456789abcdef0123456789abcdef01234567); fixes [#12](https://example.com/issues/12)"))
        #expect(notes.contains("René Scharfe (2)"))
        #expect(notes.contains("Automated: dependabot[bot]"))
    }

    @Test func jsonRoundTripsWithSortedKeysAndPlainSlashes() throws {
        let json = try EpisodeJSONRenderer.render(Self.episode)
        #expect(json.contains("\"link\" : \"https://example.com/c/"))
        #expect(json.range(of: "\"commits\"")!.lowerBound < json.range(of: "\"contributors\"")!.lowerBound)
        let decoded = try EpisodeJSONRenderer.decode(Data(json.utf8))
        #expect(decoded == Self.episode)
        #expect(try EpisodeJSONRenderer.render(decoded) == json)
    }

    @Test func ssmlSplitsSentencesLikeTheScriptDoes() {
        let segment = Segment(kind: .story, text: "It accepts a flag, e.g. the short one. Then it stops. It ran in go.mod files.")
        #expect(SSMLRenderer.sentences(of: segment) == [
            "It accepts a flag, e.g. the short one.", "Then it stops.", "It ran in go.mod files.",
        ])
        #expect(SSMLRenderer.sentences(of: segment) == SentenceTools.sentences(in: segment.text))
    }

    @Test func ssmlEscapesMarksEmphasisAndPausesBetweenSegments() {
        let ssml = SSMLRenderer.render(Self.episode)
        #expect(ssml.contains("<s>Welcome to <emphasis level=\"moderate\">The Commit Log</emphasis> &amp; friends.</s>"))
        #expect(ssml.contains("<s>René fixed &lt;tags&gt;.</s>"))
        #expect(ssml.contains("<s>It was broken.</s>"))
        #expect(ssml.contains("<break time=\"1000ms\"/>"))
        #expect(ssml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<speak"))
        #expect(ssml.hasSuffix("</speak>\n"))
    }

    @Test func ssmlIsWellFormedXML() throws {
        let ssml = SSMLRenderer.render(try EpisodeComposer(configuration: GoToolsDay.configuration).compose(GoToolsDay.analysis, date: EpisodeDate("2026-06-08")))
        let parser = XMLParser(data: Data(ssml.utf8))
        #expect(parser.parse(), "SSML does not parse: \(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test func bundleHasTheFourFiles() throws {
        let files = try EpisodeBundle.files(for: Self.episode)
        #expect(files.map(\.name) == ["script.txt", "notes.md", "episode.json", "episode.ssml"])
        #expect(files[0].contents == ScriptRenderer.render(Self.episode))
    }

    @Test func linksComeFromThePatternOrTheReviewedOnTrailer() {
        let commit = Commit(hash: "c0503c56faf19690f30cdfe4d852b7cbe1f8bc58", trailers: [Trailer(key: "Reviewed-on", value: "https://go-review.googlesource.com/c/tools/+/788180")])
        #expect(CommitLinker(pattern: "https://github.com/o/r/commit/{hash}?s={short}").link(for: commit) == "https://github.com/o/r/commit/c0503c56faf19690f30cdfe4d852b7cbe1f8bc58?s=c0503c5")
        #expect(CommitLinker(pattern: nil).link(for: commit) == "https://go-review.googlesource.com/c/tools/+/788180")
        #expect(CommitLinker(pattern: nil).link(for: Commit(hash: "abc")) == nil)
    }
}

extension RendererTests {
    @Test(arguments: EpisodeFormat.allCases)
    func eachFormatUsesItsRenderer(format: EpisodeFormat) throws {
        let expected: String
        switch format {
        case .script: expected = ScriptRenderer.render(Self.episode)
        case .notes: expected = NotesRenderer.render(Self.episode)
        case .json: expected = try EpisodeJSONRenderer.render(Self.episode)
        case .ssml: expected = SSMLRenderer.render(Self.episode)
        }
        #expect(try format.render(Self.episode) == expected)
        #expect(EpisodeFormat(rawValue: format.rawValue) == format)
    }
}
