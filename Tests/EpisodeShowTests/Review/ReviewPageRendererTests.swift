import Foundation
import Testing
import EpisodeModel
@testable import EpisodeShow

@Suite struct ReviewPageRendererTests {
    static let hostileSubject = "docs: </script><script>document.title='pwned'</script> & <b>bold</b>"
    static let hostileBody = "It said <img src=x onerror=\"document.body.dataset.pwned=1\">.\n\nThe second sentence is plain."

    /// A day whose only commit carries markup in its subject and message.
    static func hostileDay() throws -> (Episode, Analysis) {
        var builder = AnalysisBuilder()
        builder.add(
            .make("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Ada Lovelace", "ada@example.com", hostileSubject, body: hostileBody),
            area: "docs", spoken: "the docs", category: .docs, summary: "fix the docs page", score: 2)
        let analysis = builder.build()
        let episode = try EpisodeComposer(configuration: ShowConfiguration()).compose(analysis, date: EpisodeDate("2026-06-08"))
        return (episode, analysis)
    }

    static func embeddedData(_ page: String) throws -> ReviewData {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"review-data\">\n"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return try JSONDecoder().decode(ReviewData.self, from: Data(page[start.upperBound..<end.lowerBound].utf8))
    }

    @Test func everySentenceIsClickableAndCarriesItsParagraphsCommits() throws {
        let episode = try EpisodeComposer(configuration: GoToolsDay.configuration).compose(GoToolsDay.analysis, date: EpisodeDate("2026-06-08"))
        let page = try ReviewPageRenderer.render(episode, analysis: GoToolsDay.analysis)
        let data = try Self.embeddedData(page)
        let expected = episode.segments.reduce(0) { $0 + SentenceTools.sentences(in: $1.text).count }
        #expect(data.sentences.count == expected)
        #expect(page.components(separatedBy: "class=\"sentence\"").count - 1 == expected)
        for sentence in data.sentences {
            #expect(sentence.commits == episode.segments[sentence.segment].commits)
            #expect(page.contains("id=\"sentence-\(sentence.id)\""))
        }
        #expect(Set(data.commits.keys) == Set(episode.commits.map(\.hash)))
        let lead = try #require(episode.segments.first { $0.kind == .lead }?.commits.first)
        let scored = try #require(GoToolsDay.analysis.commits.first { $0.commit.hash == lead })
        #expect(data.commits[lead]?.score == scored.score.total)
        #expect(data.commits[lead]?.reasons.map(\.signal) == scored.score.reasons.map(\.signal))
        #expect(page.contains("\(episode.wordCount) words"))
        #expect(page.contains("(\(episode.duration))"))
    }

    @Test func aSentenceNamesTheCommitsWhoseSummaryItSays() throws {
        let episode = try EpisodeComposer(configuration: GoToolsDay.configuration).compose(GoToolsDay.analysis, date: EpisodeDate("2026-06-08"))
        let data = ReviewDataBuilder.build(episode: episode, analysis: GoToolsDay.analysis)
        let person = try #require(episode.segments.firstIndex { $0.kind == .person })
        let sentences = data.sentences.filter { $0.segment == person }
        let texts = SentenceTools.sentences(in: episode.segments[person].text)
        try #require(texts.count == sentences.count)
        let ssa = try #require(zip(texts, sentences).first { $0.0.contains("rejected generic methods") }?.1)
        #expect(ssa.named == ["09a1b9b38231a555d9457fa07056a70153c52c73"])
        #expect(ssa.commits.count > ssa.named.count)
        for sentence in data.sentences { #expect(Set(sentence.named).isSubset(of: Set(sentence.commits))) }
        #expect(ReviewDataBuilder.says("And Alan removed the 'go please bug' subcommand in go please.", "remove 'gopls bug' subcommand"))
        #expect(!ReviewDataBuilder.says("Three of them are fixes.", "remove 'gopls bug' subcommand"))
        #expect(!ReviewDataBuilder.says("It was fixed.", "fix it"), "a summary of fewer than two long words names nothing")
    }

    @Test func messageSentencesTheScriptSaysAreMarkedUsed() {
        let sentences = ReviewDataBuilder.messageSentences(
            "Not a single person has ever used it.\n\nIt moved\ninto another file.", usedIn: "As Alan put it: Not a single person has ever used it.")
        #expect(sentences.map(\.text) == ["Not a single person has ever used it.", "It moved into another file."])
        #expect(sentences.map(\.used) == [true, false])
    }

    @Test func commitTextNeverBecomesMarkup() throws {
        let (episode, analysis) = try Self.hostileDay()
        let page = try ReviewPageRenderer.render(episode, analysis: analysis)
        // Two script elements: the data and the page's own code; the subject adds none.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(!page.contains("<script>document.title"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>bold"))
        let data = try Self.embeddedData(page)
        #expect(data.commits["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]?.subject == Self.hostileSubject)
        #expect(data.commits["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]?.message.first?.text.contains("<img src=x") == true)
    }

    @Test func thePageFetchesNothing() throws {
        let episode = try EpisodeComposer(configuration: GoToolsDay.configuration).compose(GoToolsDay.analysis, date: EpisodeDate("2026-06-08"))
        let page = try ReviewPageRenderer.render(episode, analysis: GoToolsDay.analysis)
        for needle in [" src=", "<link", "@import", "url(", "fetch(", "XMLHttpRequest", "<iframe"] {
            #expect(!page.contains(needle), "the page refers to something outside itself: \(needle)")
        }
        #expect(page.contains("default-src 'none'"))
    }

    @Test func storiesLeftOutAreListedByRank() throws {
        let analysis = SyntheticDays.manyPeople(stories: 12)
        let episode = try EpisodeComposer(configuration: ShowConfiguration()).compose(analysis, date: EpisodeDate("2026-06-08"))
        let leftOut = episode.stories.filter { !$0.toldInFull }
        try #require(!leftOut.isEmpty)
        let page = try ReviewPageRenderer.render(episode, analysis: analysis)
        #expect(page.contains("Left out of the script (\(leftOut.count))"))
        var cursor = page.startIndex
        for story in leftOut.sorted(by: { $0.rank < $1.rank }) {
            let found = try #require(page.range(of: "<li value=\"\(story.rank)\"><span class=\"headline\">\(HTMLEscaping.text(story.headline))</span>", range: cursor..<page.endIndex))
            cursor = found.upperBound
        }
    }

    @Test func checkFindingsSitUnderTheirParagraph() throws {
        let long = (1...40).map { "word\($0)" }.joined(separator: " ") + "."
        let episode = Episode(
            showName: "The Commit Log", date: "2026-06-08", spokenDate: "Monday, June eighth, 2026", writtenDate: "Monday, June 8, 2026",
            title: "A long day", summary: "", wordCount: 44, durationSeconds: 17, duration: "PT17S", contributors: [],
            segments: [Segment(kind: .greeting, text: "Welcome to the show."), Segment(kind: .lead, text: long)],
            stories: [], commits: [])
        let page = try ReviewPageRenderer.render(episode, analysis: Analysis(commits: [], people: [], areas: [], stories: []))
        let lead = try #require(page.range(of: "data-kind=\"lead\""))
        let finding = try #require(page.range(of: "<li class=\"finding warning\">warning (line 3, column 1): sentence of 40 words"))
        #expect(lead.upperBound < finding.lowerBound)
        #expect(page.contains("check: 0 errors, 1 warning"))
    }
}
