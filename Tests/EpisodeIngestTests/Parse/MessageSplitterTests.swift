import Foundation
import Testing
import EpisodeModel
@testable import EpisodeIngest

@Suite struct MessageSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var message: String
        var subject: String
        var body: String
        var trailers: [Trailer]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "subject only", message: "Fix the build\n", subject: "Fix the build", body: "", trailers: []),
        Case(name: "empty", message: "", subject: "", body: "", trailers: []),
        Case(
            name: "body and trailers, in order",
            message: "Add x\n\nWhy x.\n\nReviewed-by: A <a@example.org>\nFixes: #12\nCo-authored-by: B <b@example.org>\n",
            subject: "Add x", body: "Why x.",
            trailers: [
                Trailer(key: "Reviewed-by", value: "A <a@example.org>"), Trailer(key: "Fixes", value: "#12"),
                Trailer(key: "Co-authored-by", value: "B <b@example.org>"),
            ]),
        Case(
            name: "trailers right after the subject",
            message: "Add x\n\nSigned-off-by: A <a@example.org>\n", subject: "Add x", body: "",
            trailers: [Trailer(key: "Signed-off-by", value: "A <a@example.org>")]),
        Case(
            name: "the title paragraph is never trailers",
            message: "Fixes: the build\n", subject: "Fixes: the build", body: "", trailers: []),
        Case(
            name: "a last paragraph of prose is body",
            message: "Add x\n\nFirst paragraph.\n\nNote: this is prose,\nnot a trailer block.\n",
            subject: "Add x", body: "First paragraph.\n\nNote: this is prose,\nnot a trailer block.", trailers: []),
        Case(
            name: "continuation lines fold into the value",
            message: "Add x\n\nBody.\n\nChange-Id: I123\nLong-trailer: first part\n  second part\n",
            subject: "Add x", body: "Body.",
            trailers: [Trailer(key: "Change-Id", value: "I123"), Trailer(key: "Long-trailer", value: "first part second part")]),
        Case(
            name: "a Signed-off-by block with a few other lines keeps them in the body",
            message: "Add x\n\nBody.\n\n[fixed a typo while applying]\nSigned-off-by: A <a@example.org>\nSigned-off-by: B <b@example.org>\n",
            subject: "Add x", body: "Body.\n\n[fixed a typo while applying]",
            trailers: [Trailer(key: "Signed-off-by", value: "A <a@example.org>"), Trailer(key: "Signed-off-by", value: "B <b@example.org>")]),
        Case(
            name: "mixed block without a git trailer is body",
            message: "Add x\n\nBody.\n\nsome words here\nFixes: #1\n", subject: "Add x", body: "Body.\n\nsome words here\nFixes: #1",
            trailers: []),
        Case(
            name: "keys with spaces are not trailers",
            message: "Add x\n\nSee also: y\n", subject: "Add x", body: "See also: y", trailers: []),
        Case(
            name: "CRLF line ends",
            message: "Add x\r\n\r\nWhy.\r\n\r\nFixes: #3\r\n", subject: "Add x", body: "Why.",
            trailers: [Trailer(key: "Fixes", value: "#3")]),
        Case(
            name: "git.git: a [jc: ...] note among Signed-off-by lines stays in the body",
            message: "rebase: fix a typo\n\nWhy.\n\nSuggested-by: Phillip Wood <phillip.wood123@gmail.com>\nSigned-off-by: Patrick Steinhardt <ps@pks.im>\n[jc: fixed-up a typo pointed out by Christian]\nSigned-off-by: Junio C Hamano <gitster@pobox.com>\n",
            subject: "rebase: fix a typo", body: "Why.\n\n[jc: fixed-up a typo pointed out by Christian]",
            trailers: [
                Trailer(key: "Suggested-by", value: "Phillip Wood <phillip.wood123@gmail.com>"),
                Trailer(key: "Signed-off-by", value: "Patrick Steinhardt <ps@pks.im>"),
                Trailer(key: "Signed-off-by", value: "Junio C Hamano <gitster@pobox.com>"),
            ]),
        Case(
            name: "golang/tools: a Gerrit block with a URL value",
            message: "gopls/test/integration/mist: Fix flaky test\n\nTest61208 is flaky.\n\nFixes: golang/go#78680\nChange-Id: I61f012aa2fb236347c788f52a239f7c37231abe6\nReviewed-on: https://go-review.googlesource.com/c/tools/+/795040\nReviewed-by: Alan Donovan <adonovan@google.com>\n",
            subject: "gopls/test/integration/mist: Fix flaky test", body: "Test61208 is flaky.",
            trailers: [
                Trailer(key: "Fixes", value: "golang/go#78680"),
                Trailer(key: "Change-Id", value: "I61f012aa2fb236347c788f52a239f7c37231abe6"),
                Trailer(key: "Reviewed-on", value: "https://go-review.googlesource.com/c/tools/+/795040"),
                Trailer(key: "Reviewed-by", value: "Alan Donovan <adonovan@google.com>"),
            ]),
        Case(
            name: "git-cliff: squash-merge with Signed-off-by and Co-authored-by",
            message: "feat(context): add per-commit statistics (#1)\n\n* feat(context): add per-commit statistics\n\n---------\n\nSigned-off-by: Shingo OKAWA <shingo.okawa.g.h.c@gmail.com>\nCo-authored-by: Orhun Parmaksız <orhunparmaksiz@gmail.com>\n",
            subject: "feat(context): add per-commit statistics (#1)", body: "* feat(context): add per-commit statistics\n\n---------",
            trailers: [
                Trailer(key: "Signed-off-by", value: "Shingo OKAWA <shingo.okawa.g.h.c@gmail.com>"),
                Trailer(key: "Co-authored-by", value: "Orhun Parmaksız <orhunparmaksiz@gmail.com>"),
            ]),
        Case(
            name: "a cherry-pick line counts as git-generated",
            message: "Fix x\n\nBody.\n\nsome note here\nanother note line\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\nFixes: #4\n",
            subject: "Fix x",
            body: "Body.\n\nsome note here\nanother note line\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)",
            trailers: [Trailer(key: "Fixes", value: "#4")]),
        Case(
            name: "too few trailers even with Signed-off-by",
            message: "Fix x\n\nBody.\n\none\ntwo\nthree\nfour\nSigned-off-by: A <a@example.org>\n",
            subject: "Fix x", body: "Body.\n\none\ntwo\nthree\nfour\nSigned-off-by: A <a@example.org>", trailers: []),
        Case(
            name: "space before the colon and a value without a space",
            message: "Fix x\n\nBug :123\nSee-also:y\n", subject: "Fix x", body: "",
            trailers: [Trailer(key: "Bug", value: "123"), Trailer(key: "See-also", value: "y")]),
        Case(
            name: "a Key: value line inside prose is not a trailer block",
            message: "Fix x\n\nThe fix is simple.\nNote: the old code never ran.\n", subject: "Fix x",
            body: "The fix is simple.\nNote: the old code never ran.", trailers: []),
        Case(
            name: "comment lines are skipped",
            message: "Fix x\n\nBody.\n\nFixes: #5\n# a comment\nReviewed-by: A <a@example.org>\n", subject: "Fix x", body: "Body.",
            trailers: [Trailer(key: "Fixes", value: "#5"), Trailer(key: "Reviewed-by", value: "A <a@example.org>")]),
    ]

    @Test(arguments: cases)
    func splitsLikeGitInterpretTrailers(_ testCase: Case) {
        let parts = MessageSplitter.split(testCase.message)
        #expect(parts.subject == testCase.subject)
        #expect(parts.body == testCase.body)
        #expect(parts.trailers == testCase.trailers)
    }

    /// The expected trailers of every case are what git itself finds: `git interpret-trailers --parse`.
    @Test(arguments: cases.filter { !$0.message.contains("\r") && !$0.message.isEmpty })
    func expectedTrailersAreGitsOwn(_ testCase: Case) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "interpret-trailers", "--parse", "--no-divider"]
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(testCase.message.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        let gits = lines.map { line -> Trailer in
            let colon = line.firstIndex(of: ":")!
            return Trailer(
                key: line[..<colon].trimmingCharacters(in: .whitespaces),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        #expect(gits == testCase.trailers)
    }

    @Test func aMessageReadFromBytesAndFromAStringSplitsTheSame() {
        let message = "Fix x\n\nBody.\n\nSigned-off-by: A <a@example.org>\n"
        let fromBytes = Array(message.utf8).withUnsafeBufferPointer { MessageSplitter.split($0) }
        #expect(fromBytes == MessageSplitter.split(message))
        #expect(fromBytes.trailers == [Trailer(key: "Signed-off-by", value: "A <a@example.org>")])
    }

    @Test func aCarriageReturnInsideALineIsKept() {
        let parts = MessageSplitter.split("Fix x\n\nprogress\rbar\n")
        #expect(parts.body == "progress\rbar")
    }
}
