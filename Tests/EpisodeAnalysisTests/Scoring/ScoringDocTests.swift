import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel
import EpisodeTestSupport

/// Keeps Docs/SCORING.md honest: its worked example and its real days are what the code computes.
@Suite struct ScoringDocTests {
    static let document: String = {
        let root = TestCorpus.packageRoot
        return (try? String(contentsOf: root.appendingPathComponent("Docs/SCORING.md"), encoding: .utf8)) ?? ""
    }()
    static let days = (try? CorpusDays.split(CorpusLog.commits("golang-tools-2026h1.fuller-numstat.log"))) ?? [:]

    /// Table rows (cells trimmed) of the section that starts with `heading`, up to the next blank line after the table.
    static func table(after heading: String) -> [[String]] {
        guard let start = document.range(of: heading) else { return [] }
        var rows: [[String]] = []
        var inTable = false
        for line in document[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                inTable = true
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                rows.append(cells.map { $0.trimmingCharacters(in: .whitespaces) })
            } else if inTable {
                break
            }
        }
        return Array(rows.dropFirst(2))  // header and separator
    }

    /// `| rank | score | subject | ...` rows as the code computes them, for the failure message.
    static func computed(_ day: String) -> String {
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(days[day] ?? [])
        return analysis.stories.prefix(5).map { story in
            let lead = analysis.commits.first { $0.commit.hash == story.commits[0] }!
            let reasons = story.score.reasons.map { "\($0.signal.rawValue) \(ScoringDocTests.number($0.points))" }.joined(separator: ", ")
            return "| \(story.rank) | \(ScoringDocTests.number(story.score.total)) | \(lead.commit.subject) | \(reasons) |"
        }.joined(separator: "\n")
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }

    @Test(arguments: ["2026-06-08", "2026-06-23", "2026-04-09"])
    func documentedDaysMatchTheCode(day: String) throws {
        let rows = ScoringDocTests.table(after: "**\(day)**")
        #expect(rows.count == 5, "no table for \(day) in Docs/SCORING.md")
        let commits = try #require(ScoringDocTests.days[day], "no commits for \(day): is Tests/Fixtures/corpus/golang-tools-2026h1.fuller-numstat.log there?")
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(commits)
        for row in rows {
            let rank = try #require(Int(row[0]))
            try #require(rank <= analysis.stories.count, "\(day) has \(analysis.stories.count) stories, the table ranks \(rank)")
            let story = analysis.stories[rank - 1]
            let lead = try #require(analysis.commits.first { $0.commit.hash == story.commits[0] })
            #expect(Double(row[1]) == story.score.total, "rank \(rank); the code gives:\n\(ScoringDocTests.computed(day))")
            #expect(lead.commit.subject == row[2], "rank \(rank); the code gives:\n\(ScoringDocTests.computed(day))")
        }
    }

    @Test func workedExampleMatchesTheCode() throws {
        let rows = ScoringDocTests.table(after: "## Worked example")
        let commit = try #require(ScoringDocTests.days["2026-06-23"]?.first { $0.hash == "60c2434eca161a47c4697fdf65718dc259c1cf5b" })
        let score = Analyzer(configuration: ShowConfiguration()).analyze([commit]).commits[0].score
        let documented = rows.filter { !$0[0].hasPrefix("**") }.map { ($0[0].trimmingCharacters(in: ["`"]), Double($0[1])) }
        #expect(documented.map(\.0) == score.reasons.map(\.signal.rawValue))
        #expect(documented.map(\.1) == score.reasons.map(\.points))
        let total = try #require(rows.first { $0[0] == "**total**" })
        #expect(Double(total[1].trimmingCharacters(in: ["*"])) == score.total)
    }
}
