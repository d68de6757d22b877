import EpisodeTestSupport
import Foundation
import Testing
@testable import EpisodeKit

/// `episodegen nightly` against a real git repository built day by day, with the clock moved by hand.
@Suite struct NightlyCommandTests {
    /// A quiet day's script says so, in whichever of its wordings the day takes.
    static func saysNothingLanded(_ script: String) -> Bool {
        let lower = script.lowercased()
        return lower.contains("no commits") || lower.contains("no new commits")
    }

    let repository: TemporaryGitRepository
    let outputs: URL
    /// The default show ("The Commit Log") is foldered by its name.
    var show: URL { outputs.appendingPathComponent("the-commit-log") }

    init() throws {
        repository = try TemporaryGitRepository()
        outputs = repository.root.appendingPathComponent("Outputs")
    }

    func morning(_ day: String) -> Date { ISO8601DateFormatter().date(from: "\(day)T06:00:00Z")! }

    func nightly(on day: String, _ extra: [String] = [], errorIsTerminal: Bool = false) throws -> CommandRun {
        try CommandRunner.run(
            ["nightly", "--repo", repository.path, "--output", outputs.path] + extra, errorIsTerminal: errorIsTerminal,
            environment: repository.environment, now: morning(day), currentDirectory: repository.root.path)
    }

    func text(_ day: String, _ name: String) throws -> String {
        try String(contentsOf: show.appendingPathComponent(day).appendingPathComponent(name), encoding: .utf8)
    }

    /// Every file of a bundle, by name, as bytes.
    func snapshot(_ day: String) throws -> [String: Data] {
        let folder = show.appendingPathComponent(day)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @discardableResult
    func land(_ message: String, by author: (String, String), on date: String, file: String) throws -> String {
        try repository.write(file, "\(message)\n")
        return try repository.commit(message, author: author, authorDate: date)
    }

    @Test func draftsEachNightCatchesUpKeepsEditsAndSaysWhatChanged() throws {
        let ada = ("Ada Park", "ada@example.org")
        let ben = ("Ben Ruiz", "ben@example.org")
        try land("Add the parser", by: ada, on: "2026-06-01T10:00:00+00:00", file: "parser.txt")
        try land("Fix the lexer crash", by: ben, on: "2026-06-01T15:00:00+00:00", file: "lexer.txt")

        // Night one: yesterday's bundle, in the show's folder.
        let first = try nightly(on: "2026-06-02")
        #expect(first.status == 0, "\(first.error)")
        #expect(try text("2026-06-01", "script.txt").contains("Ada"))
        try land("Document the parser", by: ada, on: "2026-06-02T09:00:00+00:00", file: "docs.txt")
        #expect(try nightly(on: "2026-06-03").status == 0)

        // Three nights off: one run drafts each missing day, quiet ones included.
        let fourth = try land("Speed up the lexer", by: ben, on: "2026-06-04T11:00:00+00:00", file: "lexer.txt")
        let catchUp = try nightly(on: "2026-06-06")
        #expect(catchUp.status == 0, "\(catchUp.error)")
        #expect(catchUp.error.contains("2026-06-03") && catchUp.error.contains("2026-06-04") && catchUp.error.contains("2026-06-05"))
        #expect(!catchUp.error.contains("drafting"), "progress is for terminals only")
        #expect(try Self.saysNothingLanded(text("2026-06-03", "script.txt")))
        #expect(try Self.saysNothingLanded(text("2026-06-05", "script.txt")))
        #expect(try text("2026-06-04", "script.txt").contains("Ben"))
        let state = try String(contentsOf: show.appendingPathComponent(".episodegen-state.json"), encoding: .utf8)
        #expect(state.contains("\"lastDrafted\" : \"2026-06-05\""))

        // An unchanged rerun: nothing is rewritten, nothing is called an edit.
        let before = try ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05"].map { try snapshot($0) }
        let unchanged = try nightly(on: "2026-06-06", ["--date", "2026-06-04"])
        #expect(unchanged.status == 0)
        #expect(unchanged.error.contains("already up to date"))

        // The editor changes the 4th; then a late commit of the 4th lands.
        let edited = "Ben made the lexer faster. (the editor's words)\n"
        try Data(edited.utf8).write(to: show.appendingPathComponent("2026-06-04/script.txt"))
        let notesBefore = try text("2026-06-04", "notes.md")
        let late = try land("Fix the lexer speed-up on empty files", by: ada, on: "2026-06-04T22:00:00+00:00", file: "lexer.txt")
        let rerun = try nightly(on: "2026-06-06", ["--date", "2026-06-04"])
        #expect(rerun.status == 0, "\(rerun.error)")
        #expect(try text("2026-06-04", "script.txt") == edited)
        #expect(try text("2026-06-04", "script.new.txt").contains("Ada"))
        #expect(try text("2026-06-04", "notes.md") != notesBefore)
        #expect(try text("2026-06-04", "changes.txt").contains("+ \(late.prefix(7)) Fix the lexer speed-up on empty files"))
        #expect(!(try text("2026-06-04", "changes.txt").contains(String(fourth.prefix(7)))))
        #expect(rerun.error.contains("+ \(late.prefix(7)) Fix the lexer speed-up on empty files"))

        // The other bundles are byte for byte what they were.
        for (index, day) in ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-05"].enumerated() {
            let position = index < 3 ? index : 4
            #expect(try snapshot(day) == before[position], "\(day) changed")
        }

        // The editor approves the 1st; the feed lists exactly that episode, with its transcript and chapters.
        let approve = try CommandRunner.run(
            ["approve", show.appendingPathComponent("2026-06-01").path], environment: repository.environment, currentDirectory: repository.root.path)
        #expect(approve.status == 0, "\(approve.error)")
        let config = repository.root.appendingPathComponent("show.json")
        try Data(#"{"feed": {"baseURL": "https://example.org/show", "author": "The editors", "imageURL": "https://example.org/cover.png", "category": "Technology"}}"#.utf8).write(to: config)
        let feedRun = try CommandRunner.run(["feed", "--config", config.path, show.path], environment: repository.environment, currentDirectory: repository.root.path)
        #expect(feedRun.status == 0, "\(feedRun.error)")
        let feed = try FeedDocument(parsing: feedRun.output)
        #expect(feed.all("rss/channel/item/guid").map(\.text) == ["https://example.org/show/2026-06-01/"])
        let transcript = try #require(feed.all("rss/channel/item/podcast:transcript").first?.attributes["url"])
        let chapters = try #require(feed.all("rss/channel/item/podcast:chapters").first?.attributes["url"])
        let local = { (url: String) in show.appendingPathComponent(String(url.dropFirst("https://example.org/show/".count))) }
        #expect(!(try WebVTTDocument(parsing: String(contentsOf: local(transcript), encoding: .utf8)).cues.isEmpty))
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: local(chapters))) is [String: Any])
        // An approved bundle is never regenerated, even when its day gets a late commit.
        let approvedScript = try text("2026-06-01", "script.txt")
        try land("Rename the parser entry point", by: ben, on: "2026-06-01T23:00:00+00:00", file: "parser2.txt")
        #expect(try nightly(on: "2026-06-06", ["--date", "2026-06-01"]).status == 0)
        #expect(try text("2026-06-01", "script.txt") == approvedScript)
    }

    @Test func progressShowsOnATerminalOnly() throws {
        try land("Add the parser", by: ("Ada Park", "ada@example.org"), on: "2026-06-01T10:00:00+00:00", file: "a.txt")
        #expect(try nightly(on: "2026-06-02").status == 0)
        let run = try nightly(on: "2026-06-05", errorIsTerminal: true)
        #expect(run.status == 0)
        #expect(run.error.contains("drafting 2026-06-02 (1 of 3)"))
        #expect(run.error.contains("drafting 2026-06-04 (3 of 3)"))
    }

    @Test func aKilledRunsTemporaryFileInTheShowFolderIsRemoved() throws {
        try FileManager.default.createDirectory(at: show, withIntermediateDirectories: true)
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/sh")
        ended.arguments = ["-c", "exit 0"]
        try ended.run()
        ended.waitUntilExit()
        let stale = show.appendingPathComponent(".episodegen-tmp-\(ended.processIdentifier)-1")
        try Data("{}".utf8).write(to: stale)
        try land("Add the parser", by: ("Ada Park", "ada@example.org"), on: "2026-06-01T10:00:00+00:00", file: "a.txt")
        let run = try nightly(on: "2026-06-02")
        #expect(run.status == 0, "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func aSecondRunForTheSameShowStopsWithExitNine() throws {
        try FileManager.default.createDirectory(at: show, withIntermediateDirectories: true)
        let lock = try FolderLock(folder: show.path)
        let run = try nightly(on: "2026-06-02")
        withExtendedLifetime(lock) {}
        #expect(run.status == 9)
        #expect(run.error.contains("another episodegen run is writing"))
        #expect(!FileManager.default.fileExists(atPath: show.appendingPathComponent("2026-06-01").path))
    }

    @Test func anApprovedBundleIsNeverRegenerated() throws {
        try land("Add the parser", by: ("Ada Park", "ada@example.org"), on: "2026-06-01T10:00:00+00:00", file: "a.txt")
        #expect(try nightly(on: "2026-06-02").status == 0)
        let approve = try CommandRunner.run(
            ["approve", show.appendingPathComponent("2026-06-01").path], environment: repository.environment, now: morning("2026-06-02"),
            currentDirectory: repository.root.path)
        #expect(approve.status == 0, "\(approve.error)")
        let before = try snapshot("2026-06-01")
        try land("Fix the parser", by: ("Ben Ruiz", "ben@example.org"), on: "2026-06-01T20:00:00+00:00", file: "a.txt")
        let run = try nightly(on: "2026-06-02", ["--date", "2026-06-01", "--force"])
        #expect(run.status == 0)
        #expect(run.error.contains("approved, so left as it is"))
        #expect(try snapshot("2026-06-01") == before)
    }

    @Test func aShowWithANameGetsItsOwnFolder() throws {
        try land("Add the parser", by: ("Ada Park", "ada@example.org"), on: "2026-06-01T10:00:00+00:00", file: "a.txt")
        let config = repository.root.appendingPathComponent("show.json")
        try Data(#"{"showName": "Parser Weekly!"}"#.utf8).write(to: config)
        let run = try nightly(on: "2026-06-02", ["--config", config.path])
        #expect(run.status == 0, "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: outputs.appendingPathComponent("parser-weekly/2026-06-01/script.txt").path))
    }
}
