import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct AnalyzerTests {
    typealias C = CommitBuilder

    static let commits = [
        C.commit(C.hash("e1"), author: "Alan Donovan <adonovan@google.com>", message: "go/ssa: skip generic methods\n\nFixes golang/go#79901"),
        C.commit(C.hash("e2"), author: "Hongxiang Jiang <hxjiang@golang.org>", message: "gopls/internal/filewatcher: remove unused field"),
        C.commit(C.hash("e3"), author: "Alan Donovan <adonovan@google.com>", message: "gopls: remove the bug subcommand"),
        C.commit(C.hash("e4"), author: "qmuntal <quimmuntal@gmail.com>", message: "go/packages: rewrite a test",
                 trailers: [("Co-authored-by", "Hongxiang Jiang <hxjiang@golang.org>")]),
        C.commit(C.hash("e5"), author: "Gopher Robot <gobot@golang.org>", message: "go.mod: update golang.org/x dependencies",
                 files: [("go.mod", 4, 4), ("go.sum", 8, 8)]),
    ]

    @Test func keepsInputOrderAndOrdersPeopleAndAreas() {
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(AnalyzerTests.commits)
        #expect(analysis.schemaVersion == 3)
        #expect(analysis.commits.map(\.commit.hash) == AnalyzerTests.commits.map(\.hash))
        // Commit count, then co-authored count, then name.
        #expect(analysis.people.map(\.name) == ["Alan Donovan", "Hongxiang Jiang", "Gopher Robot", "qmuntal"])
        #expect(analysis.people.first { $0.name == "Hongxiang Jiang" }?.coAuthored == [C.hash("e4")])
        #expect(analysis.people.first { $0.name == "Gopher Robot" }?.isBot == true)
        #expect(analysis.commits[4].isBot)
        #expect(analysis.commits[4].area.id == "build")
        let counts = analysis.areas.map(\.commits.count)
        #expect(counts == counts.sorted(by: >))
        #expect(Set(analysis.stories.flatMap(\.commits)) == Set(AnalyzerTests.commits.map(\.hash)))
        #expect(analysis.stories.map(\.rank) == Array(1...analysis.stories.count))
        for pair in zip(analysis.stories, analysis.stories.dropFirst()) {
            #expect(pair.0.score.total >= pair.1.score.total)
        }
    }

    @Test func jsonIsByteIdenticalAcrossRuns() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let first = try encoder.encode(Analyzer(configuration: ShowConfiguration()).analyze(AnalyzerTests.commits))
        let second = try encoder.encode(Analyzer(configuration: ShowConfiguration()).analyze(AnalyzerTests.commits))
        #expect(first == second)
        let decoded = try JSONDecoder().decode(Analysis.self, from: first)
        #expect(decoded == Analyzer(configuration: ShowConfiguration()).analyze(AnalyzerTests.commits))
    }

    @Test func emptyInputGivesAnEmptyAnalysis() {
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze([])
        #expect(analysis.commits.isEmpty && analysis.people.isEmpty && analysis.areas.isEmpty && analysis.stories.isEmpty)
    }
}
