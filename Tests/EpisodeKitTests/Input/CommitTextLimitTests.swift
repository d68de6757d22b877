import Testing
@testable import EpisodeKit

@Suite struct CommitTextLimitTests {
    @Test func shortTextIsUntouched() {
        #expect(CommitTextLimit.cut("fix a crash", to: 20, at: " ") == "fix a crash")
    }

    @Test func longTextIsCutAtTheLastSeparatorInsideTheLimit() {
        #expect(CommitTextLimit.cut("fix a crash in the scheduler", to: 14, at: " ") == "fix a crash")
        #expect(CommitTextLimit.cut("line one\nline two\nline three", to: 20, at: "\n") == "line one\nline two")
    }

    @Test func textWithoutASeparatorIsCutAtTheLimit() {
        #expect(CommitTextLimit.cut(String(repeating: "x", count: 50), to: 10, at: " ") == String(repeating: "x", count: 10))
    }

    @Test func aCommitKeepsItsShapeWithItsTextCapped() {
        let commit = Commit(
            hash: "1111111111111111111111111111111111111111",
            author: Signature(name: String(repeating: "A", count: 500), email: "a@example.com"),
            subject: String(repeating: "word ", count: 1000), body: "short body")
        let capped = CommitTextLimit.capped(commit)
        #expect(capped.subject.count <= CommitTextLimit.subjectCharacters)
        #expect(capped.subject.hasPrefix("word word"))
        #expect(capped.author?.name.count == CommitTextLimit.nameCharacters)
        #expect(capped.body == "short body")
        #expect(capped.hash == commit.hash)
    }
}
