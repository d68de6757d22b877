import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// The default command end to end, on the bundled sample (six real golang/tools commits of 2026-06-08).
@Suite struct EpisodeCommandTests {
    let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "America/Los_Angeles"]
    static let packageRoot = TestCorpus.packageRoot
    static let sample = packageRoot.appendingPathComponent("Inputs/sample.log")
    static let goTools = packageRoot.appendingPathComponent("Inputs/config/go-tools.json").path

    func sampleLog() throws -> Data { try Data(contentsOf: Self.sample) }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-episode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func pipedSamplePrintsTheScript() throws {
        let run = try CommandRunner.run(["--config", Self.goTools], standardInput: try sampleLog(), environment: environment)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.outputText.contains("Monday, June eighth, 2026"))
        for name in ["Madeline Kalil", "Alan", "qmuntal", "Hongxiang Jiang"] {
            #expect(run.outputText.contains(name), "\(name) is not named")
        }
        #expect(!run.outputText.contains("1761a50"))
        #expect(run.error.isEmpty)
    }

    @Test func rerunsAreByteIdentical() throws {
        let first = try CommandRunner.run(["--format", "json"], standardInput: try sampleLog(), environment: environment)
        let second = try CommandRunner.run(["--format", "json"], standardInput: try sampleLog(), environment: environment)
        #expect(first.status == 0)
        #expect(first.output == second.output)
        #expect(first.outputText.contains("\"segments\""))
    }

    @Test(arguments: [("notes", "# "), ("ssml", "<?xml"), ("json", "{")])
    func everyFormatRenders(_ format: String, _ start: String) throws {
        let run = try CommandRunner.run(["--format", format], standardInput: try sampleLog(), environment: environment)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.outputText.hasPrefix(start))
    }

    @Test func aDayWithoutCommitsWritesNothingAndSucceeds() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRunner.run(
            ["--date", "2026-06-09", "--output", folder.path], standardInput: try sampleLog(), environment: environment)
        #expect(run.status == 0)
        #expect(run.error.contains("no commits on 2026-06-09"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func emptyInputIsAQuietDayNotAnError() throws {
        let run = try CommandRunner.run([], standardInput: Data(), environment: environment)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("no commits"))
    }

    @Test func bundleIsWrittenOnceAndEditsAreNeverOverwritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["--output", folder.path]
        let first = try CommandRunner.run(arguments, standardInput: try sampleLog(), environment: environment)
        #expect(first.status == 0, "\(first.error)")
        let bundle = folder.appendingPathComponent("2026-06-08")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: bundle.path))
        #expect(names.isSuperset(of: ["script.txt", "notes.md", "episode.json", "episode.ssml"]))

        let again = try CommandRunner.run(arguments, standardInput: try sampleLog(), environment: environment)
        #expect(again.status == 0)
        #expect(again.error.contains("already up to date"))

        let script = bundle.appendingPathComponent("script.txt")
        let edited = "An editor's version of the script.\n"
        try Data(edited.utf8).write(to: script)
        // The same input again: the draft is what the editor started from, so the edit stands alone.
        let kept = try CommandRunner.run(arguments, standardInput: try sampleLog(), environment: environment)
        #expect(kept.status == 0, "\(kept.error)")
        #expect(try String(contentsOf: script, encoding: .utf8) == edited)
        #expect(!FileManager.default.fileExists(atPath: bundle.appendingPathComponent("script.new.txt").path))

        let forced = try CommandRunner.run(arguments + ["--force"], standardInput: try sampleLog(), environment: environment)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: script, encoding: .utf8) != edited)
        #expect(try String(contentsOf: bundle.appendingPathComponent("script.txt.bak"), encoding: .utf8) == edited)
    }

    @Test func formatAndOutputTogetherIsAUsageError() throws {
        let run = try CommandRunner.run(["--format", "notes", "--output", "/tmp/x"], standardInput: try sampleLog(), environment: environment)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("episodegen: --format: "))
    }

    @Test func aBrokenTemplateOverrideNamesItsFileAndLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("Hello from {{ show.name }}.\n{% if lead %}\nno end\n".utf8).write(to: templates.appendingPathComponent("greeting.tmpl"))
        let config = folder.appendingPathComponent("show.json")
        try Data(#"{"showName": "Test Show", "templatesPath": "templates"}"#.utf8).write(to: config)
        let run = try CommandRunner.run(["--config", config.path], standardInput: try sampleLog(), environment: environment)
        #expect(run.status == 6)
        #expect(run.error.contains("greeting.tmpl:3:"), "\(run.error)")
        #expect(run.error.contains("opened at line 2"))
        #expect(run.output.isEmpty)
    }

    @Test func aLogWithoutDatesNeedsThemForTheEpisode() throws {
        let log = try TestCorpus.data("git-cliff.graph-oneline.log")
        let run = try CommandRunner.run([], standardInput: log, environment: environment)
        #expect(run.status == 2)
        #expect(run.error.contains("has no dates"))
        #expect(run.output.isEmpty)
    }

    @Test func pickingADayOfALogWithoutDatesIsAUsageErrorNotAQuietDay() throws {
        let log = try TestCorpus.data("git-cliff.graph-oneline.log")
        let run = try CommandRunner.run(["--date", "2026-08-05"], standardInput: log, environment: environment)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("episodegen: --date: picking a day needs dates"))
        #expect(!run.error.contains("no commits"))
    }
}
