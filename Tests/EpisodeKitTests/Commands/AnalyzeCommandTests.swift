import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

@Suite struct AnalyzeCommandTests {
    let fixture = FixtureRepository.shared

    @Test func printsTheAnalysisAsSortedPrettyJSON() throws {
        let run = try CommandRunner.run(["analyze", "--repo", fixture.repository.path], environment: fixture.repository.environment)
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        let analysis = try JSONDecoder().decode(Analysis.self, from: run.output)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        #expect(run.output == (try encoder.encode(analysis)) + Data("\n".utf8))
    }

    @Test func unreadableMailmapIsAUsageError() throws {
        let run = try CommandRunner.run(["analyze", "--mailmap", "/nonexistent/.mailmap"], standardInput: Data(), environment: fixture.repository.environment)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("episodegen: --mailmap: cannot read '/nonexistent/.mailmap'"))
    }

    @Test func gitFailureExitsFour() throws {
        let run = try CommandRunner.run(["analyze", "--repo", fixture.repository.path, "nope"], environment: fixture.repository.environment)
        #expect(run.status == 4)
        #expect(run.error.contains("bad revision 'nope'"))
    }
}
