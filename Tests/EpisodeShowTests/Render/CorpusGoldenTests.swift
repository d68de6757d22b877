import Foundation
import Testing
import EpisodeModel
import EpisodeAnalysis
@testable import EpisodeShow

/// Goldens of real corpus days through the whole pipeline (parser, analyzer, composer).
/// Each was read as a listener would before it was recorded; when the editorial stage
/// changes its choices these change too: re-record, then read them again.
@Suite struct CorpusGoldenTests {
    static func check(file: String, day: String, preset: String?, case name: String, firstCommits: Int? = nil) throws {
        var (analysis, configuration) = try CorpusDays.analysis(file, day: day, preset: preset)
        if let firstCommits {
            let commits = Array(try CorpusDays.cachedCommits(file).prefix(firstCommits))
            analysis = Analyzer(configuration: configuration).analyze(commits)
        }
        let episode = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate(day))
        Golden.check(ScriptRenderer.render(episode), case: name, file: "script.txt")
        Golden.check(NotesRenderer.render(episode), case: name, file: "notes.md")
    }

    @Test func goDay() throws {
        try Self.check(file: "golang-tools-2026h1.fuller-numstat.log", day: "2026-06-08", preset: "go-tools", case: "go-tools-2026-06-08")
    }

    @Test func anotherGoDay() throws {
        try Self.check(file: "golang-tools-2026h1.fuller-numstat.log", day: "2026-06-29", preset: "go-tools", case: "go-tools-2026-06-29")
    }

    @Test func oneCommitDay() throws {
        try Self.check(file: "golang-tools-2026h1.fuller-numstat.log", day: "2026-01-02", preset: "go-tools", case: "go-tools-2026-01-02-one-commit")
    }

    @Test func conventionalCommitsDay() throws {
        try Self.check(file: "git-cliff.stat.log", day: "2025-01-23", preset: nil, case: "git-cliff-2025-01-23")
    }

    @Test func gitMergeDay() throws {
        try Self.check(file: "git-git-2026-summer.name-status.log", day: "2026-07-06", preset: nil, case: "git-git-2026-07-06")
    }

    /// The newest 500 commits of the git/git summer log told as one day.
    @Test func fiveHundredCommitDay() throws {
        try Self.check(file: "git-git-2026-summer.name-status.log", day: "2026-08-20", preset: nil, case: "git-git-500-commits", firstCommits: 500)
    }
}

extension CorpusGoldenTests {
    /// Docs/EPISODE.md quotes the golang/tools 2026-06-08 golden; keep the two the same.
    @Test func theDocsQuoteTheCurrentGolden() throws {
        let doc = try String(contentsOf: CorpusDays.packageRoot.appendingPathComponent("Docs/EPISODE.md"), encoding: .utf8)
        let golden = try String(contentsOf: Golden.folder.appendingPathComponent("go-tools-2026-06-08/script.txt"), encoding: .utf8)
        for line in golden.split(separator: "\n") {
            #expect(doc.contains("> " + line), "Docs/EPISODE.md does not quote this line of the golden; paste the new golden into 'A real example': \(line)")
        }
    }
}
