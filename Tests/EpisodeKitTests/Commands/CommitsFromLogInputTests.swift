import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// `commits` on a human-format `git log` given on standard input or by `--input`. The expected
/// hashes and subjects come from the same temporary repository, through git itself.
@Suite struct CommitsFromLogInputTests {
    let fixture = FixtureRepository.shared
    var environment: [String: String] { fixture.repository.environment }

    func expectedHashesAndSubjects() throws -> [[String]] {
        try fixture.repository.git(["log", "--format=%H%x09%s"]).split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    }

    @Test(arguments: [["log"], ["log", "--format=fuller", "--numstat"], ["log", "--name-status"], ["log", "--stat"]])
    func standardInputGivesTheSameCommitsAsGit(_ logArguments: [String]) throws {
        let log = try fixture.repository.gitData(["-c", "color.ui=never"] + logArguments)
        let run = try CommandRunner.run(["commits"], standardInput: log, environment: environment)
        #expect(run.status == 0, "\(run.error)")
        let commits = try run.commits()
        #expect(commits.map { [$0.hash, $0.subject] } == (try expectedHashesAndSubjects()))
        #expect(commits.first { $0.hash == fixture.side }?.author?.name == "Orhun Parmaksız")
    }

    @Test func inputFileAndDashReadTheSameLog() throws {
        let log = try fixture.repository.gitData(["log", "--format=fuller"])
        let file = fixture.repository.root.appendingPathComponent("saved-\(UUID().uuidString).log")
        try log.write(to: file)
        let fromFile = try CommandRunner.run(["commits", "--input", file.path], inputIsTerminal: true, environment: environment)
        let fromDash = try CommandRunner.run(["commits", "--input", "-"], standardInput: log, inputIsTerminal: true, environment: environment)
        #expect(fromFile.status == 0)
        #expect(fromDash.status == 0)
        #expect(fromFile.output == fromDash.output)
        #expect(try fromFile.commits().map { [$0.hash, $0.subject] } == (try expectedHashesAndSubjects()))
    }

    @Test func dateFiltersPipedCommitsByAuthorDate() throws {
        let log = try fixture.repository.gitData(["log", "--format=fuller"])
        let run = try CommandRunner.run(
            ["commits", "--date", "2026-03-02", "--time-zone", "America/Denver"], standardInput: log, environment: environment)
        #expect(run.status == 0)
        #expect(try run.commits().map(\.hash) == [fixture.side, fixture.rename])
    }

    @Test func textThatIsNotAGitLogExitsThreeNamingTheLine() throws {
        let run = try CommandRunner.run(["commits"], standardInput: Data("This is not a git log.\nNeither is this.\n".utf8), environment: environment)
        #expect(run.status == 3)
        #expect(run.error.hasPrefix("episodegen: stdin:1: "))
    }

    @Test func commitsThatParsedArePrintedBeforeTheIssues() throws {
        let log = try fixture.repository.gitData(["log"])
        let input = Data("stray text before the log\n".utf8) + log
        let file = fixture.repository.root.appendingPathComponent("stray-\(UUID().uuidString).log")
        try input.write(to: file)
        let run = try CommandRunner.run(["commits", "--input", file.path], environment: environment)
        #expect(run.status == 3)
        #expect(run.error.hasPrefix("episodegen: \(file.path):1: "))
        #expect(try run.commits().map(\.hash) == (try expectedHashesAndSubjects()).map { $0[0] })
    }
}
