import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel

/// The hand-written writer must give exactly what `JSONEncoder` gives, so any field added to
/// the model without being added to `AnalysisJSON` fails here.
@Suite struct AnalysisJSONTests {
    static func foundation(_ analysis: Analysis) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(analysis))
    }

    @Test(arguments: ["golang-tools-2026h1.fuller-numstat.log", "git-cliff.stat.log", "git-git-2026-summer.name-status.log", "git-cliff.graph-oneline.log"])
    func corpusAnalysisMatchesJSONEncoder(_ log: String) throws {
        let commits = try CorpusLog.commits(log)
        #expect(!commits.isEmpty)
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(commits)
        #expect(AnalysisJSON.encode(analysis) == (try AnalysisJSONTests.foundation(analysis)))
    }

    @Test func everyOptionalAndEscapeMatchesJSONEncoder() throws {
        let date = GitDate(text: "Mon Jun 8 10:00:00 2026 +0200", seconds: 1_780_905_600, utcOffsetMinutes: 120)
        let commit = Commit(
            hash: "abc1234", parents: ["p1", "p2"], author: Signature(name: "René \"R\" Scharfe", email: "l.s.r@web.de", date: date),
            committer: Signature(name: "C", email: "c@example.com", date: GitDate(text: "3 days ago")), subject: "a/b: tab\there \\ \u{1}\u{7f}",
            body: "line\r\nnext\u{8}\u{c}\u{2028}😀", trailers: [Trailer(key: "Fixes", value: "#1")], decorations: ["HEAD -> main"], notes: "note",
            files: [FileChange(path: "a.go", oldPath: "b.go", kind: .renamed, similarity: 95, additions: 1, deletions: 2, changedLines: 3, isBinary: true),
                    FileChange(path: "c.go")],
            diffSummary: DiffSummary(filesChanged: 2, insertions: 1, deletions: 2)
        )
        let score = Score(reasons: [ScoreReason(signal: .fix, points: 0.30000000000000004, detail: "d"), ScoreReason(signal: .size, points: 1e20, detail: ""),
                                    ScoreReason(signal: .crash, points: -0.0, detail: "tiny"), ScoreReason(signal: .area, points: 1e-7, detail: "")])
        let analyzed = AnalyzedCommit(
            commit: commit, area: Area(id: "a/b", spokenName: "a slash b"), areaSource: .subjectPrefix, otherAreas: [Area(id: "c", spokenName: "c")],
            authorID: "l.s.r@web.de", coAuthorIDs: ["x"], isBot: true, category: .fix,
            conventional: ConventionalCommit(type: "fix", scope: "core", breaking: true, description: "d"), summary: "tab",
            issueReferences: [IssueReference(repository: "golang/go", number: 7, relation: "fixes"), IssueReference(repository: nil, number: 8, relation: "mentions")],
            topic: "ab/topic", storyID: "commit:abc1234", score: score
        )
        let bare = AnalyzedCommit(commit: Commit(hash: "def5678"), area: Area(id: "misc", spokenName: "m"), areaSource: .fallback, authorID: "",
                                  category: .other, summary: "", storyID: "s", score: Score(reasons: []))
        let analysis = Analysis(
            commits: [analyzed, bare],
            people: [Person(id: "l.s.r@web.de", name: "René Scharfe", email: "l.s.r@web.de", aliases: ["R <r@x>"], isBot: false, commits: ["abc1234"], coAuthored: [])],
            areas: [AreaSummary(area: Area(id: "a/b", spokenName: "a slash b"), commits: ["abc1234"], people: [])],
            stories: [Story(id: "s", kind: .followUp, rank: 1, headline: "h", summary: "s", commits: ["abc1234"], authors: [], areas: ["a/b"],
                            category: .fix, issueReferences: [], score: score)]
        )
        #expect(AnalysisJSON.encode(analysis) == (try AnalysisJSONTests.foundation(analysis)))
        #expect(AnalysisJSON.encode(Analysis(commits: [], people: [], areas: [], stories: [])) == (try AnalysisJSONTests.foundation(Analysis(commits: [], people: [], areas: [], stories: []))))
    }

    /// `analyze` streams: the pieces, whatever their size, add up to the bytes `encode` gives,
    /// and those match `JSONEncoder` (the encoding before streaming).
    @Test(arguments: [1, 4_096, 1 << 20])
    func streamedPiecesAddUpToTheWholeDocument(_ chunkSize: Int) throws {
        let commits = try CorpusLog.commits("golang-tools-2026h1.fuller-numstat.log")
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(commits)
        var streamed: [UInt8] = []
        var pieces = 0
        try AnalysisJSON.write(analysis, chunkSize: chunkSize) { piece in
            streamed.append(contentsOf: piece)
            pieces += 1
        }
        #expect(streamed == AnalysisJSON.encode(analysis))
        #expect(streamed == (try AnalysisJSONTests.foundation(analysis)))
        // No piece holds the whole document unless the chunk is larger than it.
        #expect(chunkSize >= streamed.count ? pieces == 1 : pieces > 1)
    }

    struct SinkFailed: Error, Equatable {}

    @Test func aFailingSinkStopsTheWriterAndItsErrorComesBack() throws {
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(try CorpusLog.commits("git-cliff.stat.log"))
        var calls = 0
        #expect(throws: SinkFailed()) {
            try AnalysisJSON.write(analysis, chunkSize: 1) { _ in
                calls += 1
                throw SinkFailed()
            }
        }
        #expect(calls == 1)
    }
}
