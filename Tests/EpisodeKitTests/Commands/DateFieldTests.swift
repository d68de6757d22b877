import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// `--date` with `--date-field author|committer`, on piped logs and with `--repo`.
@Suite struct DateFieldTests {
    static let goTools = "golang-tools-2026h1.fuller-numstat.log"

    let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC"]

    func shortHashes(_ run: CommandRun) throws -> [String] {
        try run.commits().map { String($0.hash.prefix(7)) }
    }

    func pipedGoTools(_ field: String?) throws -> CommandRun {
        var arguments = ["commits", "--date", "2026-06-08", "--time-zone", "America/Los_Angeles"]
        if let field { arguments += ["--date-field", field] }
        return try CommandRunner.run(arguments, standardInput: try TestCorpus.data(Self.goTools), environment: environment)
    }

    /// Expected lists: the `CommitDate:` / `AuthorDate:` lines of the file that fall on 2026-06-08 in
    /// Los Angeles, read independently of episodegen.
    @Test func pipedCommitterDateGivesWhatLandedThatDay() throws {
        let run = try pipedGoTools("committer")
        #expect(run.status == 0, "\(run.error)")
        #expect(try shortHashes(run) == ["1761a50", "09a1b9b", "c0503c5", "9781f9a", "4011715", "e5302d9"])
    }

    @Test func theConfigurationCanMakeCommitterTheDefaultAndTheFlagStillWins() throws {
        let preset = TestCorpus.packageFile("Inputs/config/go-tools.json").path
        let arguments = ["commits", "--config", preset, "--date", "2026-06-08", "--time-zone", "America/Los_Angeles"]
        let byPreset = try CommandRunner.run(arguments, standardInput: try TestCorpus.data(Self.goTools), environment: environment)
        #expect(byPreset.status == 0, "\(byPreset.error)")
        #expect(try shortHashes(byPreset) == ["1761a50", "09a1b9b", "c0503c5", "9781f9a", "4011715", "e5302d9"])
        let byFlag = try CommandRunner.run(
            arguments + ["--date-field", "author"], standardInput: try TestCorpus.data(Self.goTools), environment: environment)
        #expect(byFlag.output == (try pipedGoTools("author")).output)
    }

    @Test func pipedAuthorDateIsTheDefault() throws {
        let byDefault = try pipedGoTools(nil)
        let author = try pipedGoTools("author")
        #expect(byDefault.status == 0)
        #expect(byDefault.output == author.output)
        #expect(try shortHashes(author) == [
            "29e1583", "965a458", "bf05c11", "99df0ab", "6942095", "070e85d", "1287404", "b9da64c", "d1d25db",
            "1761a50", "09a1b9b", "c0503c5", "4011715",
        ])
    }

    @Test(arguments: [["log"], ["log", "--oneline"], ["log", "--format=full"]])
    func committerOnALogWithoutCommitterDatesIsAUsageError(_ logArguments: [String]) throws {
        let repository = FixtureRepository.shared.repository
        let log = try repository.gitData(["-c", "color.ui=never"] + logArguments)
        let run = try CommandRunner.run(
            ["commits", "--date", "2026-03-02", "--date-field", "committer"], standardInput: log, environment: repository.environment)
        #expect(run.status == 2)
        #expect(run.error.contains("--date-field: committer needs committer dates"))
        #expect(run.error.contains("--format=fuller"))
        #expect(run.output.isEmpty)
    }

    /// A commit authored on the 2nd and committed (landed) on the 12th, ten days later.
    @Test func repositoryFindsTheCommitByEitherDate() throws {
        let repository = try TemporaryGitRepository()
        try repository.write("a.txt", "one\n")
        let early = try repository.commit("Add a", authorDate: "2026-03-01T12:00:00+00:00")
        try repository.write("a.txt", "two\n")
        let reviewed = try repository.commit("Change a after review", authorDate: "2026-03-02T12:00:00+00:00", committerDate: "2026-03-12T12:00:00+00:00")
        func run(_ day: String, _ field: String) throws -> [String] {
            let result = try CommandRunner.run(
                ["commits", "--repo", repository.path, "--date", day, "--date-field", field, "--time-zone", "UTC"],
                environment: repository.environment)
            #expect(result.status == 0, "\(result.error)")
            return try shortHashes(result)
        }
        #expect(try run("2026-03-02", "author") == [String(reviewed.prefix(7))])
        #expect(try run("2026-03-12", "author") == [])
        #expect(try run("2026-03-12", "committer") == [String(reviewed.prefix(7))])
        #expect(try run("2026-03-02", "committer") == [])
        #expect(try run("2026-03-01", "committer") == [String(early.prefix(7))])
    }
}

/// `--date` chooses one day's commits in the show's time zone: the episode is that day's, even
/// where a commit's own time zone puts it on the day before.
@Suite struct SelectedDayTests {
    @Test func aCommitFromTheEveningBeforeInItsOwnZoneIsStillTodaysEpisode() throws {
        let repository = try TemporaryGitRepository()
        try repository.write("a.txt", "one\n")
        // 23:30 in California is 06:30 the next morning in UTC.
        try repository.commit("parser: fix a crash on empty input", authorDate: "2026-06-08T23:30:00-07:00")
        try repository.write("b.txt", "two\n")
        try repository.commit("parser: add a test for empty input", authorDate: "2026-06-09T10:00:00+00:00")
        let arguments = ["--repo", repository.path, "--date", "2026-06-09", "--time-zone", "UTC"]

        let analyze = try CommandRunner.run(["analyze"] + arguments, environment: repository.environment)
        #expect(analyze.status == 0, "\(analyze.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: analyze.output) as? [String: Any])
        let days = try #require((object["span"] as? [String: Any])?["days"] as? [[String: Any]])
        #expect(days.map { $0["day"] as? String } == ["2026-06-09"])
        #expect((days.first?["commits"] as? [String])?.count == 2)

        let script = try CommandRunner.run(arguments, environment: repository.environment)
        #expect(script.status == 0, "\(script.error)")
        #expect(script.outputText.contains("Tuesday, June ninth, 2026"), "\(script.outputText)")
        #expect(!script.outputText.contains("This episode covers") && !script.outputText.contains("looking back"), "\(script.outputText)")
        #expect(!script.outputText.contains("this week"), "\(script.outputText)")
    }
}
