import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel

/// On real days of golang/tools, crash and panic fixes and new features rank above docs and typo fixes.
@Suite struct CorpusRankingTests {
    static let days: [String: [Commit]] = {
        (try? CorpusDays.split(CorpusLog.commits("golang-tools-2026h1.fuller-numstat.log"))) ?? [:]
    }()

    static func isCrashFix(_ story: Story) -> Bool {
        story.score.reasons.contains { $0.signal == .crash && $0.detail.hasPrefix("subject") }
    }

    static func isFeature(_ story: Story) -> Bool { story.category == .feature }

    static func isDocsOrTypo(_ story: Story) -> Bool {
        story.kind == .single && (story.category == .docs || story.score.reasons.contains { $0.signal == .typo })
    }

    /// Every pair on the day where a crash fix or feature is ranked below a docs or typo change.
    static func compare(on day: String) -> (pairs: Int, violations: [String]) {
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(days[day] ?? [])
        var found: [String] = []
        var pairs = 0
        for high in analysis.stories where isCrashFix(high) || isFeature(high) {
            for low in analysis.stories where isDocsOrTypo(low) {
                pairs += 1
                if low.rank < high.rank {
                    found.append("\(day): \"\(low.headline)\" (\(low.score.total)) above \"\(high.headline)\" (\(high.score.total))")
                }
            }
        }
        return (pairs, found)
    }

    @Test func corpusHasManyDays() {
        #expect(CorpusRankingTests.days.count > 100)
    }

    /// Days with both kinds of story, so each comparison is real.
    @Test(arguments: ["2026-04-09", "2026-06-23"])
    func crashFixesAndFeaturesOutrankDocsOnRealDays(day: String) {
        let result = CorpusRankingTests.compare(on: day)
        #expect(result.pairs > 0)
        #expect(result.violations == [])
    }

    @Test func crashFixesAndFeaturesOutrankDocsOnEveryDay() {
        let results = CorpusRankingTests.days.keys.sorted().map(CorpusRankingTests.compare)
        #expect(results.reduce(0) { $0 + $1.pairs } >= 10)
        #expect(results.flatMap(\.violations) == [])
    }

    /// Busy days whose largest change (by lines) is a cleanup: it must not lead. Each row says why
    /// the lead a maintainer would pick is better.
    @Test(arguments: [
        // 673 lines deleting the deprecated cmd/auth module; what users of gopls see leads: the waitgroup
        // modernizer renamed (a setting that names it must change; documented, and in the release notes
        // beside fieldalignment's return).
        ("2026-03-16", "cmd/auth: tag and delete deprecated auth module", "go/analysis/passes/modernize: rename waitgroup -> waitgroupgo"),
        // 560 lines of types deleted from internal/event/keys; semantic tokens that tell variable kinds apart are user-visible.
        ("2026-01-28", "internal/event/keys: delete unnecessary types", "gopls/internal/golang: semtok: use types.VarKind distinctions"),
        // The internal MCP SDK is deleted (almost all of the day's lines); a new feature of go/ssa leads instead.
        ("2026-03-24", "internal/mcp: delete internal mcp sdk", "go/ssa: add missing conversions around Next"),
    ])
    func largestCleanupDoesNotLead(day: String, cleanup: String, lead: String) throws {
        let commits = try #require(CorpusRankingTests.days[day])
        let largest = try #require(commits.max { a, b in
            (a.linesChanged.added + a.linesChanged.deleted) < (b.linesChanged.added + b.linesChanged.deleted)
        })
        #expect(largest.subject == cleanup, "the day's largest change")
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(commits)
        let first = try #require(analysis.stories.first)
        #expect(!first.commits.contains(largest.hash))
        let leadCommit = try #require(analysis.commits.first { $0.commit.hash == first.commits[0] })
        #expect(leadCommit.commit.subject == lead)
        let cleanupCommit = try #require(analysis.commits.first { $0.commit.hash == largest.hash })
        #expect(cleanupCommit.score.reasons.contains { $0.signal == .cleanup })
    }
}
