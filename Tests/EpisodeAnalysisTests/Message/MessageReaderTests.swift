import Testing
@testable import EpisodeAnalysis
import EpisodeIngest
import EpisodeModel
import EpisodeTestSupport

/// `MessageReader` on real bodies of every fixture log: what it keeps, as what, and what it skips.
@Suite struct MessageReaderTests {
    static func body(_ log: String, subject: String) throws -> Commit {
        try #require(try CorpusLog.commits(log).first { $0.subject == subject }, "no '\(subject)' in \(log)")
    }

    static func sentences(_ commit: Commit) -> [MessageSentence] {
        MessageReader.read(commit.body, isRevert: ConventionParser.parse(commit).isRevert)
    }

    @Test func theProblemOfAGoFixIsItsBrokenSentence() throws {
        let commit = try Self.body("golang-tools-2026h1.fuller-numstat.log", subject: "gopls/internal/mcp: fix reporting in go_diagnostics tool")
        let read = Self.sentences(commit)
        let problem = try #require(read.first { $0.role == .problem })
        #expect(problem.text.hasPrefix("The additional diagnostic reporting is broken when the tool input has more than one file"))
        // Verbatim: the offsets point at the same words in the body, line breaks and all.
        let bytes = Array(commit.body.utf8)
        let slice = String(decoding: bytes[problem.offset..<problem.offset + problem.length], as: UTF8.self)
        #expect(slice.split(whereSeparator: \.isWhitespace).joined(separator: " ") == problem.text)
        // "Use the correct uri ..." is what the change does; the issue line and trailers are never read.
        #expect(read.contains { $0.role == .change && $0.text.hasPrefix("Use the correct uri for the diagnostic") })
        #expect(!read.contains { $0.text.contains("Fixes golang/go#79892") || $0.text.contains("Change-Id") })
    }

    @Test func aRevertSaysWhy() throws {
        let commit = try Self.body("golang-tools-2026h1.fuller-numstat.log", subject: "gopls: revert CLI usability revamp to stabilize release")
        let reason = try #require(Self.sentences(commit).first { $0.role == .revertReason })
        #expect(reason.text.hasPrefix("These changes are being temporarily rolled back to ensure absolute stability for the upcoming release"))
    }

    @Test func aMeasuredResultIsAMeasurement() throws {
        let commit = try Self.body("golang-tools-2026h1.fuller-numstat.log", subject: "internal/imports: use module cache index if it exists")
        let read = Self.sentences(commit)
        #expect(read.contains { $0.role == .measurement && $0.text == "On my laptop the new code executes in .66 seconds instead of 3.4 seconds." })
        #expect(read.contains { $0.role == .problem && $0.text.hasPrefix("goimports can be very slow") })
    }

    @Test func platformsAreWhoIsAffected() throws {
        let commit = try Self.body("golang-tools-2026h1.fuller-numstat.log", subject: "gopls/internal/telemetry: skip the telemetry test on Plan 9")
        let read = Self.sentences(commit)
        #expect(MessageReader.reading(commit.body, subject: commit.subject).affects.contains("Plan 9"))
        #expect(read.contains { $0.role == .problem && $0.text.hasPrefix("Plan 9 does not support mmap") })
    }

    @Test func codeTracesTablesAndListsAreSkipped() {
        let body = """
            The scanner crashed on empty files.

                func f() { panic("x") }

            goroutine 1 [running]:
            runtime.panic(0x4c7d20, 0xc00000e028)
            \t/usr/lib/go/src/runtime/panic.go:115 +0x1b

            name      old time/op  new time/op  delta
            Scan-8    10.2ms ± 1%   8.1ms ± 2%  -20.59%

            - first item of a list
            - second item

            Use a bounds check instead. Scanning is now 20% faster.
            """
        let read = MessageReader.read(body)
        #expect(read.map(\.role) == [.problem, .change, .measurement])
        #expect(read.map(\.text) == ["The scanner crashed on empty files.", "Use a bounds check instead.", "Scanning is now 20% faster."])
        #expect(!read.contains { $0.text.contains("0x") || $0.text.contains("±") || $0.text.contains("item") })
    }

    @Test func gitBodiesGiveTheirProblem() throws {
        // git.git: a topic's commit explains in prose; its quoted commands are skipped.
        let commits = try CorpusLog.commits("git-git-2026-summer.name-status.log")
        let read = commits.prefix(300).map { MessageReader.read($0.body) }
        #expect(read.filter { $0.contains { $0.role == .problem } }.count > 60)
        #expect(!read.joined().contains { $0.text.hasPrefix("$ git ") || $0.text.contains("Signed-off-by") })
    }

    @Test func conventionalBodiesAreReadToo() throws {
        let commits = try CorpusLog.commits("git-cliff.stat.log") + CorpusLog.commits("git-cliff.patch.log")
        let read = commits.map { MessageReader.read($0.body, isRevert: ConventionParser.parse($0).isRevert) }
        // Most git-cliff bodies are empty or a list; the ones with prose are read, the lists are not.
        #expect(read.joined().count > 20)
        #expect(!read.joined().contains { $0.text.hasPrefix("* ") || $0.text.hasPrefix("- ") })
    }

    @Test func boilerplateAndGuessesAreLeftOut() {
        let read = MessageReader.read("""
            This CL is part of a series that moves the cache.

            Maybe there is a race in the loader, but I'm not sure.

            See the design doc for details.
            """)
        #expect(read.isEmpty, "\(read)")
    }
}
