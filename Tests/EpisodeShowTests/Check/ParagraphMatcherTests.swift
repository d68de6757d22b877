import Testing
@testable import EpisodeShow

@Suite struct ParagraphMatcherTests {
    let segments = [
        Segment(kind: .greeting, text: "Welcome to the show. Here is what landed today."),
        Segment(kind: .lead, text: "The top story is a fix in the linker by Alan Donovan, which closes two issues.", commits: ["a"]),
        Segment(kind: .signoff, text: "That's the show. See you tomorrow."),
    ]

    func match(_ text: String) -> ParagraphMatch {
        ParagraphMatcher().match(ScriptParagraph.paragraphs(of: text), to: segments)[0]
    }

    @Test func spacingAloneIsUnchanged() {
        let result = match("Welcome to   the show.\nHere is what landed today.")
        #expect(result.status == .unchanged)
        #expect(result.segment == 0)
        #expect(result.similarity == 100)
    }

    @Test func oneChangedWordIsAnEditOfTheSameSegment() {
        let result = match("The top story is a fix in the linker by Alan Donovan, which closes three issues.")
        #expect(result.status == .edited)
        #expect(result.segment == 1)
        #expect(result.commits == ["a"])
    }

    @Test func halfOfASplitParagraphStillMatches() {
        let result = match("The top story is a fix in the linker by Alan Donovan.")
        #expect(result.status == .edited)
        #expect(result.segment == 1)
    }

    @Test func unrelatedTextIsNew() {
        let result = match("Our sponsor makes excellent coffee for long review sessions.")
        #expect(result.status == .new)
        #expect(result.segment == nil)
    }

    @Test func similarityIsTheDiceRatioOfTheLongestCommonSubsequence() {
        #expect(ParagraphMatcher.similarity(["a", "b", "c", "d"], ["a", "c", "d"]) == 6.0 / 7.0)
        #expect(ParagraphMatcher.similarity([], []) == 0)
        #expect(ParagraphMatcher.longestCommonSubsequence(["x", "a", "y", "b"], ["a", "b", "x"]) == 2)
    }
}
