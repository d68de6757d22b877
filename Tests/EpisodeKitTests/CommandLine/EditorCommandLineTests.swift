import Foundation
import Testing
import EpisodeTestSupport
@testable import EpisodeKit

/// The editor's commands on the command line: `approve` and `feed`, their flags and exit statuses.
@Suite struct EditorCommandLineTests {
    @Test func approveTakesABundleAndItsFlags() throws {
        var options = CommandOptions(force: true)
        options.bundlePath = "Outputs/2026-06-08"
        options.audio = true
        #expect(try CommandLineParser.parse(["approve", "--audio", "--force", "Outputs/2026-06-08"]) == .run(.approve, options))
    }

    @Test func feedTakesAShowFolderAndAConfiguration() throws {
        var options = CommandOptions(configFile: "show.json")
        options.bundlePath = "Outputs/tools"
        #expect(try CommandLineParser.parse(["feed", "--config", "show.json", "Outputs/tools"]) == .run(.feed, options))
    }

    @Test(arguments: [
        (["approve"], "approve needs the bundle folder to approve"),
        (["approve", "a", "b"], "b: approve takes one folder"),
        (["feed", "--audio", "Outputs"], "--audio: not an option of 'episodegen feed'"),
        (["--audio"], "--audio: not an option of 'episodegen'"),
        (["feed", "--force", "Outputs"], "--force: not an option of 'episodegen feed'"),
        (["feed"], "feed needs the show folder that holds its dated bundles"),
    ])
    func mistakesAreUsageErrors(_ arguments: [String], _ message: String) {
        #expect(throws: UsageError.self) { try CommandLineParser.parse(arguments) }
        do {
            _ = try CommandLineParser.parse(arguments)
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func exitStatuses() {
        #expect(ExitStatus.code(for: ApprovalRefusedError(bundle: "Outputs/2026-06-08", errors: 2)) == 8)
        #expect(ExitStatus.code(for: AudioError.synthesizerMissing) == 10)
        #expect(ExitStatus.code(for: AudioError.synthesisFailed(reason: "exit status 1")) == 10)
    }

    @Test func helpNamesTheNewCommands() {
        let overview = HelpText.text(for: nil)
        #expect(overview.contains("episodegen approve [--audio] BUNDLE"))
        #expect(overview.contains("episodegen feed --config FILE SHOW-FOLDER"))
        #expect(HelpText.text(for: .approve).contains("10 no audio"))
        #expect(HelpText.text(for: .feed).contains("5 configuration error"))
    }

    @Test func theDocsNameTheCommandsAndExitTen() throws {
        let docs = try String(contentsOf: TestCorpus.packageFile("Docs/CLI.md"), encoding: .utf8)
        #expect(docs.contains("### `episodegen approve`"))
        #expect(docs.contains("### `episodegen feed`"))
        #expect(docs.contains("| \(ExitStatus.audioFailed) | `episodegen approve --audio` made no audio"))
        let readme = try String(contentsOf: TestCorpus.packageFile("README.md"), encoding: .utf8)
        #expect(readme.contains("## An editor's day"))
    }
}
