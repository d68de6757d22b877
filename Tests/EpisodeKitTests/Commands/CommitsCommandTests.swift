import Foundation
import Testing
import EpisodeIngest
@testable import EpisodeKit
import EpisodeTestSupport

@Suite struct CommitsCommandTests {
    let fixture = FixtureRepository.shared
    var environment: [String: String] { fixture.repository.environment }

    @Test func jsonLinesDecodeToTheCommitsTheReaderGives() throws {
        let run = try CommandRunner.run(["commits", "--repo", fixture.repository.path], environment: environment)
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
        var expected: [Commit] = []
        try GitLogReader(query: GitLogQuery(repository: fixture.repository.path), environment: environment).read { expected.append($0) }
        #expect(expected.count == 5)
        #expect(try run.commits() == expected)
        #expect(run.output.last == UInt8(ascii: "\n"))
    }

    @Test func rangeIsPassedToGit() throws {
        let run = try CommandRunner.run(["commits", "--repo", fixture.repository.path, "v1.0..main"], environment: environment)
        #expect(run.status == 0)
        #expect(Set(try run.commits().map(\.hash)) == [fixture.side, fixture.mailmapped, fixture.merge])
    }

    @Test func dateKeepsTheCommitsAuthoredThatDayInTheZone() throws {
        // The rename was authored 2026-03-02 09:15:30 -07:00 (16:15:30 UTC), the side commit 2026-03-03
        // 08:00 +03:00 (05:00 UTC): both on the 2nd in Denver; in Tokyo the 2nd ended before either.
        let denver = try CommandRunner.run(
            ["commits", "--repo", fixture.repository.path, "--date", "2026-03-02", "--time-zone", "America/Denver"], environment: environment)
        #expect(denver.status == 0)
        #expect(try denver.commits().map(\.hash) == [fixture.side, fixture.rename])
        let tokyo = try CommandRunner.run(
            ["commits", "--repo", fixture.repository.path, "--date", "2026-03-02", "--time-zone", "Asia/Tokyo"], environment: environment)
        #expect(try tokyo.commits().isEmpty)
    }

    @Test func todayAndYesterdayAreTakenInTheZoneOfTZ() throws {
        var environment = environment
        environment["TZ"] = "UTC"
        let now = Date(timeIntervalSince1970: 1_772_532_000)  // 2026-03-03T10:00:00Z
        let today = try CommandRunner.run(["commits", "--repo", fixture.repository.path, "--date", "today"], environment: environment, now: now)
        #expect(Set(try today.commits().map(\.hash)) == [fixture.side, fixture.mailmapped])
        let yesterday = try CommandRunner.run(["commits", "--repo", fixture.repository.path, "--date", "yesterday"], environment: environment, now: now)
        #expect(try yesterday.commits().map(\.hash) == [fixture.rename])
        // In Los Angeles it is still the 3rd at that instant too, but 02:00, so "today" there starts later.
        environment["TZ"] = "America/Los_Angeles"
        let losAngeles = try CommandRunner.run(["commits", "--repo", fixture.repository.path, "--date", "today"], environment: environment, now: now)
        #expect(try losAngeles.commits().map(\.hash) == [fixture.mailmapped])
    }

    @Test func notARepositoryExitsFourWithGitsMessage() throws {
        let folder = fixture.repository.root.appendingPathComponent("plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try CommandRunner.run(["commits", "--repo", folder.path], environment: environment)
        #expect(run.status == 4)
        #expect(run.error.hasPrefix("episodegen: git exited with status 128: fatal: not a git repository"))
        #expect(run.output.isEmpty)
    }

    @Test func badRevisionExitsFourWithGitsMessage() throws {
        let run = try CommandRunner.run(["commits", "--repo", fixture.repository.path, "no-such-tag..main"], environment: environment)
        #expect(run.status == 4)
        #expect(run.error.contains("fatal: bad revision 'no-such-tag..main'"))
    }

    @Test func gitNotOnPathExitsFour() throws {
        var environment = environment
        environment["PATH"] = fixture.repository.root.appendingPathComponent("no-bin").path
        let run = try CommandRunner.run(["commits", "--repo", fixture.repository.path], environment: environment)
        #expect(run.status == 4)
        #expect(run.error.contains("git was not found on PATH"))
    }

    @Test func missingConfigurationFileExitsFiveNamingIt() throws {
        let run = try CommandRunner.run(
            ["commits", "--repo", fixture.repository.path, "--config", "/nonexistent/show.json"], environment: environment)
        #expect(run.status == 5)
        #expect(run.error.contains("/nonexistent/show.json"))
    }

    @Test func mailmapWithPipedInputIsAUsageError() throws {
        let run = try CommandRunner.run(["commits", "--mailmap", "people.mailmap"], standardInput: Data(), environment: environment)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("episodegen: --mailmap: "))
    }
}
