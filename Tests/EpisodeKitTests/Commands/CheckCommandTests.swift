import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// `episodegen check` end to end: a real bundle of the bundled sample written with `--output`,
/// its script.txt edited as an editor would, then checked.
@Suite struct CheckCommandTests {
    let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC"]
    static let packageRoot = TestCorpus.packageRoot
    static let sample = packageRoot.appendingPathComponent("Inputs/sample.log")
    static let goTools = packageRoot.appendingPathComponent("Inputs/config/go-tools.json").path

    /// A temporary folder holding `Outputs/2026-06-08/`, written by the episode command.
    func bundle() throws -> (root: URL, script: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("episodegen-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let run = try CommandRunner.run(
            ["--config", Self.goTools, "--output", "Outputs"], standardInput: try Data(contentsOf: Self.sample), environment: environment,
            currentDirectory: root.path)
        #expect(run.status == 0, "\(run.error)")
        return (root, root.appendingPathComponent("Outputs/2026-06-08/script.txt"))
    }

    func check(_ arguments: [String], in root: URL) throws -> CommandRun {
        try CommandRunner.run(["check"] + arguments, inputIsTerminal: true, environment: environment, currentDirectory: root.path)
    }

    func edit(_ script: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: script, encoding: .utf8)
        let edited = change(text)
        #expect(edited != text, "the edit changed nothing")
        try Data(edited.utf8).write(to: script)
    }

    @Test func anUneditedBundlePasses() throws {
        let (root, _) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try check(["Outputs/2026-06-08"], in: root)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.isEmpty)
        #expect(run.outputText.contains("0 errors, 0 warnings in 9 paragraphs (9 unchanged, 0 edited, 0 new)"))
        #expect(run.outputText.contains("words a minute (draft: "))
    }

    @Test func editsWithErrorsAreReportedLikeACompilerAndExitEight() throws {
        let (root, script) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        try edit(script) { text in
            text.replacingOccurrences(of: "landed six changes", with: "landed seven changes")
                + "\nOur sponsor this week makes excellent coffee for long review sessions.\n"
        }
        let run = try check(["Outputs/2026-06-08"], in: root)
        #expect(run.status == 8)
        let lines = run.outputText.split(separator: "\n").map(String.init)
        #expect(lines.contains("Outputs/2026-06-08/script.txt:3:20: error: number not in the draft: 'seven' (the draft said six); check it against the commits"))
        #expect(lines.contains("Outputs/2026-06-08/script.txt:19: error: not traceable to any commit (new text: check it against the commits)"))
        #expect(lines.contains { $0.hasPrefix("  Outputs/2026-06-08/script.txt:3: edited framing") && $0.contains("9781f9a") })
        #expect(lines.last == "2 errors, 0 warnings in 10 paragraphs (8 unchanged, 1 edited, 1 new)")
        #expect(run.error == "episodegen: Outputs/2026-06-08/script.txt: the check found 2 errors; fix them or check the text against the commits\n")
    }

    @Test func theScriptItselfMayBeGivenAndAFaithfulEditPasses() throws {
        let (root, script) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        try edit(script) { $0.replacingOccurrences(of: "Alan has more on the list.", with: "Alan was busy today.") }
        let run = try check(["Outputs/2026-06-08/script.txt"], in: root)
        #expect(run.status == 0, "\(run.outputText)\(run.error)")
        #expect(run.outputText.contains("Outputs/2026-06-08/script.txt:7: edited person"))
        #expect(run.outputText.contains("1 edited"))
    }

    @Test func aLongSentenceIsAWarningAndStillPasses() throws {
        let (root, script) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        try edit(script) {
            $0.replacingOccurrences(
                of: "MCP server, these changes", with: "MCP server and if you read the release notes every single week without fail at all, these changes")
        }
        let run = try check(["Outputs/2026-06-08"], in: root)
        #expect(run.status == 0, "\(run.outputText)")
        #expect(run.outputText.contains("script.txt:15:1: warning: sentence of 38 words (more than 35)"))
        #expect(run.outputText.contains("0 errors, 1 warning"))
    }

    @Test func jsonIsForTools() throws {
        let (root, script) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        try edit(script) { $0.replacingOccurrences(of: "Alan has more on the list.", with: "Alan has more on the list, see https://go.dev/cl/788380.") }
        let run = try check(["--format", "json", "Outputs/2026-06-08"], in: root)
        #expect(run.status == 8)
        let object = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        #expect(object["script"] as? String == "Outputs/2026-06-08/script.txt")
        #expect(object["errors"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["kind"] as? String == "unspeakable")
        #expect(findings.first?["line"] as? Int == 7)
        #expect(findings.first?["severity"] as? String == "error")
        let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 9)
        #expect(object["duration"] is String)
    }

    @Test func aBundleWithoutEpisodeJSONExitsThreeAndNamesTheFile() throws {
        let (root, _) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("Outputs/2026-06-08/episode.json"))
        let run = try check(["Outputs/2026-06-08"], in: root)
        #expect(run.status == 3)
        #expect(run.error.hasPrefix("episodegen: Outputs/2026-06-08/episode.json does not exist"))
        #expect(run.output.isEmpty)
    }

    @Test func theOutputFolderItselfPointsToItsNewestBundle() throws {
        let (root, _) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try check(["Outputs/"], in: root)
        #expect(run.status == 3)
        #expect(run.error.contains("episodegen: Outputs/episode.json does not exist"))
        #expect(run.error.contains("hint: --output DIR writes one folder a day; the newest here is Outputs/2026-06-08"), "\(run.error)")
    }

    @Test(arguments: [
        ("not json", "not valid JSON"),
        ("{\"showName\": \"x\"}", "missing key"),
    ])
    func anEpisodeJSONThatIsNotAnEpisodeExitsThree(contents: String, reason: String) throws {
        let (root, _) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(contents.utf8).write(to: root.appendingPathComponent("Outputs/2026-06-08/episode.json"))
        let run = try check(["Outputs/2026-06-08"], in: root)
        #expect(run.status == 3)
        #expect(run.error.contains("Outputs/2026-06-08/episode.json is not an episode: \(reason)"))
    }

    @Test func aWrongTypeIsNamedByItsKeyPath() throws {
        let (root, _) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Outputs/2026-06-08/episode.json")
        let json = try String(contentsOf: file, encoding: .utf8)
        try Data(json.replacingOccurrences(of: "\"wordCount\" : ", with: "\"wordCount\" : \"many\", \"ignored\" : ").utf8).write(to: file)
        let run = try check(["Outputs/2026-06-08"], in: root)
        #expect(run.status == 3)
        #expect(run.error.contains("episode.json is not an episode: wordCount is not a number"), "\(run.error)")
    }

    @Test(arguments: [
        ([String](), "check needs the bundle folder"),
        (["Outputs/nowhere"], "Outputs/nowhere: no such file or folder"),
        (["a", "b"], "b: check takes one bundle folder"),
        (["--format", "ssml", "x"], "--format: 'ssml' is not a report format"),
        (["--repo", ".", "x"], "--repo: not an option of 'episodegen check'"),
    ])
    func usageMistakesExitTwo(arguments: [String], message: String) throws {
        let root = FileManager.default.temporaryDirectory
        let run = try check(arguments, in: root)
        #expect(run.status == 2)
        #expect(run.error.contains(message), "\(run.error)")
    }

    /// Docs/CLI.md shows a real report; the same edits must still give it, word for word.
    @Test func theReportInTheDocsIsTheRealOne() throws {
        let (root, script) = try bundle()
        defer { try? FileManager.default.removeItem(at: root) }
        try edit(script) { text in
            text.replacingOccurrences(of: "landed six changes today", with: "landed seven changes today")
                .replacingOccurrences(of: "Alan has more on the list.", with: "Alan was busy today.")
                .replacingOccurrences(of: "In the round-up:", with: "In the round-up, see https://go.dev/cl/788301:")
                .replacingOccurrences(of: "That's all for Monday.", with: "Thanks to Peter Weinberger for the review.\n\nThat's all for Monday.")
        }
        let run = try check(["Outputs/2026-06-08"], in: root)
        #expect(run.status == 8)
        let docs = try String(contentsOf: Self.packageRoot.appendingPathComponent("Docs/CLI.md"), encoding: .utf8)
        let start = try #require(docs.range(of: "$ episodegen check Outputs/2026-06-08\n"))
        let end = try #require(docs.range(of: "episodegen: Outputs/2026-06-08/script.txt: the check found", range: start.upperBound..<docs.endIndex))
        #expect(String(docs[start.upperBound..<end.lowerBound]) == run.outputText, "update the report in Docs/CLI.md")
        #expect(docs[end.lowerBound...].hasPrefix(run.error))
    }

    @Test func parsesThePathAndTheFormat() throws {
        #expect(try CommandLineParser.parse(["check", "Outputs/2026-06-08"]) == .run(.check, CommandOptions(checkPath: "Outputs/2026-06-08")))
        #expect(
            try CommandLineParser.parse(["check", "--format=json", "--", "-odd"])
                == .run(.check, CommandOptions(checkPath: "-odd", checkFormat: .json)))
        #expect(try CommandLineParser.parse(["check", "--help"]) == .help(.check))
        #expect(HelpText.text(for: .check).contains("8 the check found errors"))
    }
}
