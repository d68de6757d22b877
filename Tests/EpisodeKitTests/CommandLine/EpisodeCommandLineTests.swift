import Foundation
import Testing
@testable import EpisodeKit

@Suite struct EpisodeCommandLineTests {
    let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC"]

    @Test(arguments: CommandLineParserTests.mistakes)
    func usageErrorsExitTwoAndNameTheFlag(_ mistake: CommandLineParserTests.Mistake) throws {
        let run = try CommandRunner.run(mistake.arguments, environment: environment)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("episodegen: \(mistake.flag!): "))
        #expect(run.error.contains("hint: ") || mistake.name == "a value for a switch")
        #expect(run.output.isEmpty)
    }

    @Test(arguments: [["commits"], ["analyze"], []])
    func noInputWhenStandardInputIsATerminal(_ arguments: [String]) throws {
        let run = try CommandRunner.run(arguments, inputIsTerminal: true, environment: environment)
        #expect(run.status == 2)
        #expect(run.error.contains("no input"))
        #expect(run.error.contains("--repo"))
        #expect(run.error.contains("--input"))
    }

    @Test func unreadableInputFileIsAUsageError() throws {
        let run = try CommandRunner.run(["commits", "--input", "/nonexistent/log.txt"], environment: environment)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("episodegen: --input: cannot read '/nonexistent/log.txt'"))
    }

    @Test func aFolderAsInputCannotBeReadAndExitsThree() throws {
        let folder = FileManager.default.temporaryDirectory.path
        let run = try CommandRunner.run(["commits", "--input", folder], environment: environment)
        #expect(run.status == 3)
        #expect(run.error.hasPrefix("episodegen: cannot read \(folder): "))
    }

    @Test func helpForEveryCommandListsItsOptions() throws {
        for (arguments, mustContain, mustNotContain) in [
            (["--help"], "--format FORMAT", "--nothing"), (["commits", "-h"], "--repo PATH", "--format"),
            (["help", "analyze"], "--config FILE", "--output"), (["help"], "episodegen commits", "--nothing"),
        ] {
            let run = try CommandRunner.run(arguments, inputIsTerminal: true, environment: environment)
            #expect(run.status == 0)
            #expect(run.outputText.contains(mustContain), "\(arguments)")
            #expect(!run.outputText.contains(mustNotContain), "\(arguments)")
            #expect(run.error.isEmpty)
        }
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try CommandRunner.run(["--version"], environment: environment)
        #expect(run.status == 0)
        #expect(run.outputText == "episodegen 0.1.0\n")
    }
}
