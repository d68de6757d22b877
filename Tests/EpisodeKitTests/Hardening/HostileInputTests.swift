import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import EpisodeKit
import EpisodeTestSupport

/// Commits anyone can craft, run end to end in-process: what they say reaches the notes and the
/// SSML only as inert text, and nothing they contain can crash, hang or break the output.
@Suite struct HostileInputTests {
    let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TZ": "UTC"]

    /// A `git log` in the default format, one commit per (hash, author, subject).
    static func log(_ commits: [(hash: String, author: String, subject: String)]) -> Data {
        var text = ""
        for commit in commits {
            text += "commit \(commit.hash)\nAuthor: \(commit.author)\nDate:   Mon Jun 8 10:00:00 2026 +0000\n\n    \(commit.subject)\n\n"
        }
        return Data(text.utf8)
    }

    static let hash1 = "1111111111111111111111111111111111111111"
    static let hash2 = "2222222222222222222222222222222222222222"
    static let hash3 = "3333333333333333333333333333333333333333"

    /// Found by probing: these went into notes.md raw; a CommonMark renderer made script tags and live links.
    static let injection = log([
        (hash1, "Eve <script>alert(1)</script> <eve@example.com>", "runtime: fix <script>alert('x')</script> in the scheduler"),
        (hash2, "Mallory <mallory@example.com>", "net/http: handle <img src=x onerror=alert(1)> safely"),
        (hash3, "Trent <trent@example.com>", "docs: see [the guide](javascript:alert(document.cookie)) and <javascript:alert(2)>"),
    ])

    func run(_ arguments: [String], _ input: Data) throws -> CommandRun {
        try CommandRunner.run(arguments, standardInput: input, environment: environment)
    }

    @Test func notesCarryNoRawHTMLOrScriptLinks() throws {
        let run = try run(["--format", "notes"], Self.injection)
        #expect(run.status == 0, "\(run.error)")
        let notes = run.outputText
        #expect(notes.contains("scheduler"), "the story is still in the notes")
        for raw in ["<script", "<img", "<javascript:", "](javascript:", "</script"] {
            #expect(!notes.lowercased().contains(raw), "raw \(raw) in:\n\(notes)")
        }
        // What is left of the attack is visible text, for example `&lt;img src=x onerror=alert(1)>`.
        #expect(notes.contains("&lt;img src=x onerror=alert(1)>"))
        #expect(!notes.contains("<"), "no raw angle bracket at all:\n\(notes)")
    }

    /// Found by probing: a `Date:` year of 292277026597 crashed the run, so none of the good
    /// commits before it reached standard output.
    @Test func aDateYearTooLargeKeepsEveryCommit() throws {
        var text = String(decoding: Self.log([
            (Self.hash1, "Alice Example <alice@example.com>", "runtime: fix a crash"),
            (Self.hash2, "Bob Example <bob@example.com>", "net/http: add a timeout"),
        ]), as: UTF8.self)
        text += "commit \(Self.hash3)\nAuthor: Eve <eve@example.com>\nDate:   Thu Aug 20 07:30:30 292277026597 -0700\n\n    far future\n"
        let run = try run(["commits"], Data(text.utf8))
        #expect(run.status == 0, "\(run.error)")
        let commits = try run.commits()
        #expect(commits.map(\.subject) == ["runtime: fix a crash", "net/http: add a timeout", "far future"])
        #expect(commits.last?.author?.date?.seconds == nil)
        #expect(commits.last?.author?.date?.text == "Thu Aug 20 07:30:30 292277026597 -0700")
    }

    /// Found by probing: NUL, BEL, ESC, VT, U+FFFE and U+FFFF were written raw, so the SSML was not XML.
    @Test func ssmlIsWellFormedXMLWhateverTheCommitsHold() throws {
        let nasty = "fix \u{0}nul \u{7}bell \u{1B}[31mred \u{B}tab \u{FFFE}\u{FFFF} \u{202E}evil\u{202C} & <b>\"quote\"</b>"
        let input = Self.log([(Self.hash1, "R\u{0}ené \u{202E}Scharfe <rene@example.com>", nasty)])
        let run = try run(["--format", "ssml"], input)
        #expect(run.status == 0, "\(run.error)")
        let parser = XMLParser(data: run.output)
        #expect(parser.parse(), "SSML did not parse: \(String(describing: parser.parserError))\n\(run.outputText)")
        for bad: Unicode.Scalar in ["\u{0}", "\u{7}", "\u{1B}", "\u{B}", "\u{FFFE}", "\u{FFFF}", "\u{202E}"] {
            #expect(!run.outputText.unicodeScalars.contains(bad), "U+\(String(bad.value, radix: 16)) in the SSML")
        }
        for format in ["script", "notes"] {
            let text = try self.run(["--format", format], input).outputText
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character in the \(format)")
            #expect(!text.unicodeScalars.contains("\u{202E}"), "a bidi override in the \(format)")
            #expect(text.contains("Scharfe"))
        }
    }

    /// Found by probing: one hash twice in the input, once by a bot, made a built-in template fail (exit 6).
    @Test func aHashTwiceOnceByABotStillMakesAnEpisode() throws {
        // The minimised input: the bot's copy first, then a person's, nothing else.
        let input = Self.log([
            (Self.hash1, "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", "build: bump a dependency"),
            (Self.hash1, "Alice Example <alice@example.com>", "runtime: fix a crash in the scheduler"),
        ])
        for format in ["script", "notes", "json", "ssml"] {
            let run = try run(["--format", format], input)
            #expect(run.status == 0, "\(format): \(run.error)")
            #expect(run.error.contains("commit \(Self.hash1) appears more than once in stdin; its first copy is used"), "\(format): \(run.error)")
            #expect(!run.outputText.contains("Alice"), "\(format): the second copy is not told")
        }
    }

    /// Found by probing: a 10 MB subject took 129 s to render.
    @Test(.timeLimit(.minutes(1))) func aHugeSubjectRendersInLinearTime() throws {
        let words = String(repeating: "frobnicate the widget cache. ", count: 350_000)
        let input = Self.log([(Self.hash1, "Alice Example <alice@example.com>", "runtime: " + words)])
        let started = Date()
        let run = try run(["--format", "script"], input)
        #expect(run.status == 0, "\(run.error)")
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
