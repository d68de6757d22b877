import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct SignificanceScorerTests {
    typealias C = CommitBuilder

    func analyze(_ commits: [Commit], _ configuration: ShowConfiguration = ShowConfiguration()) -> Analysis {
        Analyzer(configuration: configuration).analyze(commits)
    }

    func signals(_ commit: AnalyzedCommit) -> [String] { commit.score.reasons.map(\.signal.rawValue) }

    @Test func crashFixOutranksFeatureOutranksDocsAndTypos() {
        let crash = C.commit(C.hash("d1"), message: "gopls/internal/golang: fix panic in hover on a broken file\n\nFixes golang/go#79000",
                             files: [("gopls/internal/golang/hover.go", 12, 3), ("gopls/internal/test/marker/testdata/hover/broken.txt", 20, 0)])
        let feature = C.commit(C.hash("d2"), message: "go/analysis/passes/modernize: add stringsbuilder modernizer",
                               files: [("go/analysis/passes/modernize/stringsbuilder.go", 180, 0), ("go/analysis/passes/modernize/doc.go", 12, 0)])
        let docs = C.commit(C.hash("d3"), message: "gopls/doc: document the new settings", files: [("gopls/doc/settings.md", 300, 20)])
        let typo = C.commit(C.hash("d4"), message: "all: fix some typos in comments", files: [("go/ssa/func.go", 2, 2), ("internal/diff/diff.go", 1, 1)])
        let analysis = analyze([typo, docs, feature, crash])
        let byHash = Dictionary(uniqueKeysWithValues: analysis.commits.map { ($0.commit.hash, $0.score.total) })
        #expect(byHash[crash.hash]! > byHash[feature.hash]!)
        #expect(byHash[feature.hash]! > byHash[docs.hash]!)
        #expect(byHash[docs.hash]! > byHash[typo.hash]!)
        #expect(byHash[typo.hash]! > 0, "docs and typo fixes rank low but are never lost")
        #expect(analysis.stories.map { $0.commits[0] } == [crash.hash, feature.hash, docs.hash, typo.hash])
        #expect(analysis.stories.map(\.rank) == [1, 2, 3, 4])
        let crashCommit = analysis.commits.first { $0.commit.hash == crash.hash }!
        #expect(signals(crashCommit).contains("crash"))
        #expect(signals(crashCommit).contains("issue"))
        #expect(signals(crashCommit).contains("testsAdded"))
    }

    @Test func totalIsTheSumOfRoundedReasons() {
        let analysis = analyze([C.commit(C.hash("d5"), message: "runtime: fix data race in the scheduler on windows and linux",
                                         trailers: [("Reviewed-by", "Austin Clements <austin@google.com>")],
                                         files: [("src/runtime/proc.go", 37, 11), ("src/runtime/os_windows.go", 3, 1)])])
        let score = analysis.commits[0].score
        let sum = score.reasons.reduce(0) { $0 + $1.points }
        #expect(abs(score.total - sum) < 0.005)
        #expect(score.reasons.allSatisfy { ($0.points * 100).rounded() == $0.points * 100 })
        #expect(signals(analysis.commits[0]).contains("race"))
        #expect(signals(analysis.commits[0]).contains("platforms"))
        #expect(signals(analysis.commits[0]).contains("reviewers"))
    }

    @Test func vendoredAndRenamedBulkDoesNotWinOnSize() {
        let vendored = C.commit(C.hash("d6"), message: "gopls: update vendored dependencies",
                                files: (0..<200).map { ("vendor/golang.org/x/mod/file\($0).go", 400, 300) })
        let renames = C.commit(C.hash("d7"), message: "internal: move packages",
                               kinds: (0..<50).map { (.renamed, "internal/new/file\($0).go") })
        let small = C.commit(C.hash("d8"), message: "go/ssa: fix a crash on generic methods", files: [("go/ssa/builder.go", 8, 2)])
        let analysis = analyze([vendored, renames, small])
        let totals = analysis.commits.map(\.score.total)
        #expect(totals[2] > totals[0])
        #expect(totals[2] > totals[1])
        #expect(!signals(analysis.commits[0]).contains("size"))
    }

    @Test func weightsAndAreaWeightsAreConfigurable() {
        let commit = C.commit(C.hash("d9"), message: "runtime: fix crash in the scheduler")
        let plain = analyze([commit]).commits[0].score
        let tuned = analyze([commit], ShowConfiguration(areaWeights: ["runtime": 2], weights: ["crash": 10])).commits[0].score
        let crash = tuned.reasons.first { $0.signal == .crash }
        #expect(crash?.points == 10)
        let area = tuned.reasons.first { $0.signal == .area }
        #expect(area != nil)
        #expect(abs(tuned.total - 2 * (plain.total + 5)) < 0.02)
    }

    @Test func botsBreakingChangesAndRevertsAreWeighed() {
        let bot = C.commit(C.hash("da"), author: "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
                           message: "chore(deps): bump execa from 8.0.1 to 9.6.0")
        let breaking = C.commit(C.hash("db"), message: "refactor(config)!: remove deprecated options")
        let analysis = analyze([bot, breaking])
        #expect(signals(analysis.commits[0]).contains("bot"))
        #expect(analysis.commits[0].isBot)
        #expect(signals(analysis.commits[1]).contains("breaking"))
        #expect(analysis.commits[1].score.total > analysis.commits[0].score.total)
    }

    @Test func storyScoreIsBestCommitPlusBonus() {
        let commits = [
            C.commit(C.hash("dc"), author: "Madeline Kalil <mkalil@google.com>", message: "gopls/internal/mcp: fix panic\n\nFixes golang/go#1"),
            C.commit(C.hash("dd"), author: "Alan Donovan <adonovan@google.com>", message: "gopls: add a test\n\nUpdates golang/go#1"),
        ]
        let analysis = analyze(commits)
        let story = analysis.stories[0]
        let best = analysis.commits.map(\.score.total).max()!
        #expect(story.score.reasons.contains { $0.signal == .storyCommits })
        #expect(story.score.reasons.contains { $0.signal == .storyAuthors })
        #expect(story.score.total > best)
        #expect(story.commits[0] == C.hash("dc"))
    }

    /// No story of the corpus has a cleanup that outscores its substantive commit, so this one is built:
    /// a reformat with more lines, reviewers and references than the fix it came with.
    @Test func aCleanupNeverLeadsAStoryWithASubstantiveCommit() {
        let reformat = C.commit(C.hash("e1"), message: "gopls/internal/golang: reformat with gofmt\n\nUpdates golang/go#5\nUpdates golang/go#6",
                                trailers: (1...4).map { ("Reviewed-by", "Reviewer \($0) <r\($0)@example.com>") },
                                files: [("gopls/internal/golang/a.go", 900, 900), ("gopls/internal/cache/b.go", 700, 700),
                                        ("gopls/internal/server/c.go", 400, 400), ("gopls/internal/golang/a_test.go", 100, 100)])
        let fix = C.commit(C.hash("e2"), message: "gopls/internal/golang: fix wrong hover text\n\nFixes golang/go#5",
                           files: [("gopls/internal/golang/hover.go", 1, 1)])
        let analysis = analyze([reformat, fix])
        let scores = Dictionary(uniqueKeysWithValues: analysis.commits.map { ($0.commit.hash, $0.score) })
        #expect(scores[reformat.hash]!.reasons.contains { $0.signal == .cleanup })
        #expect(scores[reformat.hash]!.total > scores[fix.hash]!.total, "the cleanup must outscore the fix for this test to mean anything")
        let story = try! #require(analysis.stories.first)
        #expect(story.commits == [fix.hash, reformat.hash])
        #expect(story.headline == "fix wrong hover text")
        #expect(story.category == .fix)
        #expect(!story.score.reasons.contains { $0.signal == .cleanup })
    }

    /// A story of cleanups only is still led by its best one.
    @Test func aStoryOfCleanupsIsLedByItsBest() {
        let small = C.commit(C.hash("e3"), message: "internal/diff: run gofmt\n\nUpdates golang/go#7", files: [("internal/diff/diff.go", 2, 2)])
        let large = C.commit(C.hash("e4"), message: "internal/diff: reformat\n\nUpdates golang/go#7", files: [("internal/diff/lcs.go", 300, 300)])
        let story = try! #require(analyze([small, large]).stories.first)
        #expect(story.commits == [large.hash, small.hash])
    }

    /// golang/tools: an analyzer renamed and a linter upgrade that brings users new checks both
    /// change the analyzers page, so neither is discounted as renames or build work.
    @Test(arguments: ["go/analysis/passes/modernize: rename atomic -> atomictypes", "gopls: update staticcheck to v0.8.0-rc.1"])
    func whatTheUserDocumentationFollowsKeepsItsSize(subject: String) throws {
        let commit = try #require(try CorpusLog.commits("golang-tools-2026h1.fuller-numstat.log").first { $0.subject == subject })
        let score = analyze([commit]).commits[0].score
        #expect(score.reasons.contains { $0.signal == .documented && $0.detail == "changes gopls/doc/analyzers.md with the code" })
        let size = try #require(score.reasons.first { $0.signal == .size })
        #expect(!size.detail.contains("halved") && !size.detail.contains("quartered"), "\(size.detail)")
        #expect(score.reasons.first { $0.signal == .spread }?.points == 2)
    }
}
