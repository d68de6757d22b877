import Testing
@testable import EpisodeAnalysis
import EpisodeModel
import EpisodeTestSupport

/// Real days where one author landed unrelated changes in one area: a maintainer tells them as
/// separate stories. Being by one author in one area on one day is no reason to join commits.
@Suite struct StoryJoiningTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var day: String
        var subjects: [String]
        var why: String
        var testDescription: String { "\(day): \(why)" }
    }

    static let separate: [Case] = [
        Case(day: "2026-03-25", subjects: ["gopls/internal/golang: fix crash in function extraction", "gopls/internal/cmd: fix flaky MCP test, disable Close() err logging"],
             why: "a crash fix for users and a test deflake"),
        Case(day: "2026-01-28", subjects: ["gopls/internal/golang: semtok: use types.VarKind distinctions", "internal/event/keys: delete unnecessary types"],
             why: "semantic tokens and an unrelated cleanup"),
        Case(day: "2026-02-26", subjects: ["go/analysis/passes/modernize: fmtappendf: remove whitespace", "go/analysis/passes/modernize: reflecttypefor: simplify .Elem()"],
             why: "two different modernizers"),
        Case(day: "2026-03-19", subjects: ["gopls/internal/test/marker: require -cgo for fixedbugs/issue74581", "gopls/internal/test/marker: disable osarch_suffix test on riscv64"],
             why: "two tests fixed for two different reasons"),
    ]

    static func day(_ day: String) throws -> Analysis {
        let commits = try CorpusLog.commits("golang-tools-2026h1.fuller-numstat.log")
        let ofDay = commits.filter { ($0.committer?.date ?? $0.author?.date)?.localDay == day }
        return Analyzer(configuration: ShowConfiguration()).analyze(ofDay)
    }

    @Test(arguments: separate)
    func unrelatedWorkIsSeparateStories(_ test: Case) throws {
        let analysis = try Self.day(test.day)
        let stories = try test.subjects.map { subject in
            try #require(analysis.commits.first { $0.commit.subject == subject }, "no '\(subject)' on \(test.day)").storyID
        }
        #expect(Set(stories).count == test.subjects.count, "joined: \(test.subjects)")
    }

    /// A revert with its reason: the reason is the revert's telling, verbatim.
    @Test func aRevertCarriesItsReason() throws {
        let analysis = try Self.day("2026-06-24")
        let commit = try #require(analysis.commits.first { $0.commit.subject == "gopls: revert CLI usability revamp to stabilize release" })
        let story = try #require(analysis.stories.first { $0.id == commit.storyID })
        #expect(story.telling.contains { $0.role == .revertReason && $0.text.contains("temporarily rolled back to ensure absolute stability") })
    }

    /// Numbered parts of one series by one author are one story.
    @Test func numberedPartsAreOneSeries() {
        #expect(SeriesNumber.find(in: "[PATCH v2 2/5] refs: add a helper") == SeriesNumber(part: 2, count: 5))
        #expect(SeriesNumber.find(in: "runtime: split the loop (part 2 of 3)") == SeriesNumber(part: 2, count: 3))
        #expect(SeriesNumber.find(in: "parser: part 1/2 of the rewrite") == SeriesNumber(part: 1, count: 2))
        #expect(SeriesNumber.find(in: "fix 2 of 3 tests on windows") == nil)
        #expect(SeriesNumber.find(in: "use 1/2 the buffer") == nil)
        #expect(SeriesNumber.find(in: "[3/2] odd") == nil)
    }
}
