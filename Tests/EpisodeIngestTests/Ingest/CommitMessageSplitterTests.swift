import Testing
import EpisodeModel
@testable import EpisodeIngest

@Suite struct CommitMessageSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var message: String
        var subject: String
        var body: String
        var trailers: [Trailer]
        var testDescription: String { name }
    }

    @Test(arguments: [
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
    ])
    func splitsLikeGitInterpretTrailers(_ testCase: Case) {
        let parts = CommitMessageSplitter.split(testCase.message)
        #expect(parts.subject == testCase.subject)
        #expect(parts.body == testCase.body)
        #expect(parts.trailers == testCase.trailers)
    }
}
