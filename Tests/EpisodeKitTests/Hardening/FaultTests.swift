import Foundation
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// A broken machine: git failing, killed or cut off, user configuration changing git's output,
/// outputs that cannot be written. Each ends in a clear message and a documented exit status,
/// and leaves no half-written file.
@Suite struct FaultTests {
    static let sample = TestCorpus.packageRoot.appendingPathComponent("Inputs/sample.log").path

    /// A folder holding a stand-in `git` script, first on PATH.
    func fakeGit(_ script: String, in repository: TemporaryGitRepository) throws -> [String: String] {
        let bin = repository.root.appendingPathComponent("fake-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let git = bin.appendingPathComponent("git")
        try ("#!/bin/sh\n" + script + "\n").write(to: git, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: git.path)
        var environment = repository.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return environment
    }

    /// One complete record of the machine format, as the real git prints it.
    static let record = "\u{1E}1111111111111111111111111111111111111111\u{0}\u{0}Alice\u{0}a@example.com\u{0}2026-06-08T10:00:00+00:00\u{0}Alice\u{0}a@example.com\u{0}2026-06-08T10:00:00+00:00\u{0}\u{0}runtime: fix a crash\n\u{0}"

    func printf(_ text: String) -> String {
        "printf '" + text.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\%03o", $0.value) : String($0) }.joined() + "'"
    }

    @Test func gitKilledHalfWayIsReportedBySignal() throws {
        let repository = try TemporaryGitRepository()
        let environment = try fakeGit(printf(Self.record) + "\necho 'fatal: out of memory' >&2\nkill -9 $$", in: repository)
        let folder = repository.root.appendingPathComponent("out")
        let run = try CommandRunner.run(["--repo", repository.path, "--output", folder.path], environment: environment)
        #expect(run.status == 4)
        #expect(run.error.contains("git was killed by signal 9 (SIGKILL): fatal: out of memory"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "nothing is written from part of a day")
    }

    @Test func gitFailingHalfWayWritesNothing() throws {
        let repository = try TemporaryGitRepository()
        let environment = try fakeGit(printf(Self.record) + "\necho 'fatal: bad object' >&2\nexit 128", in: repository)
        let folder = repository.root.appendingPathComponent("out")
        let run = try CommandRunner.run(["--repo", repository.path, "--output", folder.path], environment: environment)
        #expect(run.status == 4)
        #expect(run.error.contains("git exited with status 128: fatal: bad object"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    /// Found by probing: a git that exits 0 after a cut-off record lost the last commit silently.
    @Test func gitExitingCleanlyAfterACutOffRecordIsAnError() throws {
        let repository = try TemporaryGitRepository()
        let cut = Self.record + String(Self.record.prefix(60))
        let environment = try fakeGit(printf(cut), in: repository)
        let run = try CommandRunner.run(["commits", "--repo", repository.path], environment: environment)
        #expect(run.status == 4)
        #expect(run.error.contains("the last commit is cut off"), "\(run.error)")
        let whole = try CommandRunner.run(["commits", "--repo", repository.path], environment: try fakeGit(printf(Self.record), in: repository))
        #expect(whole.status == 0, "\(whole.error)")
        #expect(try whole.commits().map(\.subject) == ["runtime: fix a crash"])
    }

    @Test func gitMissingFromPathExitsFour() throws {
        let repository = try TemporaryGitRepository()
        var environment = repository.environment
        environment["PATH"] = repository.root.path
        let run = try CommandRunner.run(["--repo", repository.path], environment: environment)
        #expect(run.status == 4)
        #expect(run.error.contains("git was not found on PATH"))
    }

    @Test func repositoryWithoutCommitsExitsFourWithGitsWords() throws {
        let repository = try TemporaryGitRepository()
        let run = try CommandRunner.run(["--repo", repository.path], environment: repository.environment)
        #expect(run.status == 4)
        #expect(run.error.contains("does not have any commits yet"), "\(run.error)")
    }

    /// Found by probing (`log.decorate`, `diff.renameLimit`, `log.showRoot`), and the settings the
    /// issue lists: none of a repository's own settings changes what `--repo` reads.
    @Test func repositoryConfigurationDoesNotChangeTheCommits() throws {
        let repository = try TemporaryGitRepository()
        try repository.git(["config", "user.name", "Zoë Example"])
        try repository.git(["config", "user.email", "zoe@example.com"])
        try repository.write("a.txt", "one\ntwo\nthree\nfour\n")
        try repository.write("b.txt", "alpha\nbeta\ngamma\ndelta\n")
        try repository.git(["add", "."])
        try repository.git(["commit", "-q", "-m", "Add a and b"])
        try repository.git(["mv", "a.txt", "c.txt"])
        try repository.git(["mv", "b.txt", "d.txt"])
        try repository.git(["commit", "-q", "-m", "Rename both"])
        try repository.git(["tag", "v1"])
        let baseline = try CommandRunner.run(["commits", "--repo", repository.path], environment: repository.environment)
        #expect(baseline.status == 0, "\(baseline.error)")
        let commits = try baseline.commits()
        #expect(commits.first?.files.map(\.oldPath) == ["a.txt", "b.txt"])
        #expect(commits.last?.files.count == 2, "the root commit's files")
        #expect(commits.first?.decorations.contains("tag: v1") == true)
        let settings = [
            ("log.decorate", "full"), ("diff.renameLimit", "1"), ("log.showRoot", "false"), ("log.showSignature", "true"),
            ("log.date", "relative"), ("color.ui", "always"), ("i18n.logOutputEncoding", "ISO-8859-1"), ("core.pager", "rev"),
            ("diff.orderFile", "/nonexistent"), ("diff.renames", "false"), ("log.abbrevCommit", "true"), ("core.quotePath", "true"),
        ]
        for (key, value) in settings {
            try repository.git(["config", key, value])
        }
        let configured = try CommandRunner.run(["commits", "--repo", repository.path], environment: repository.environment)
        #expect(configured.status == 0, "\(configured.error)")
        #expect(configured.output == baseline.output, "with \(settings):\n\(configured.outputText)")
    }

    @Test func outputFolderThatIsAFileExitsEleven() throws {
        let repository = try TemporaryGitRepository()
        let file = repository.root.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let run = try CommandRunner.run(["--input", Self.sample, "--output", file.path], environment: repository.environment)
        #expect(run.status == 11, "\(run.error)")
        #expect(run.error.contains("'\(file.path)' is a file, not a folder"), "\(run.error)")
        #expect(try Data(contentsOf: file) == Data("x".utf8), "the file is left as it was")
    }

    @Test func aTemplateIncludingItselfExitsSix() throws {
        let repository = try TemporaryGitRepository()
        let templates = repository.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "Hello {% include \"greeting\" %}".write(to: templates.appendingPathComponent("greeting.tmpl"), atomically: true, encoding: .utf8)
        let config = repository.root.appendingPathComponent("show.json")
        try #"{"templatesPath": "templates"}"#.write(to: config, atomically: true, encoding: .utf8)
        let run = try CommandRunner.run(["--input", Self.sample, "--config", config.path], environment: repository.environment)
        #expect(run.status == 6)
        #expect(run.error.contains("include itself"), "\(run.error)")
        #expect(run.output.isEmpty)
    }
}
