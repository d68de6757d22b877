import Testing
import EpisodeModel
@testable import EpisodeShow

@Suite struct ReasonFinderTests {
    let finder = ReasonFinder(speakable: SpeakableText())

    @Test func picksTheSentenceThatNamesTheProblemAndCutsItShort() throws {
        let body = GoToolsDay.analysis.commits.first { $0.commit.hash.hasPrefix("c0503c5") }!.commit.body
        let reason = try #require(finder.reason(inBody: body))
        #expect(reason.text == "The additional diagnostic reporting is broken when the tool input has more than one file.")
        #expect(reason.isVerbatim)
    }

    @Test func dropsParentheticalsAndSaysIdentifiers() throws {
        let body = GoToolsDay.analysis.commits.first { $0.commit.hash.hasPrefix("9781f9a") }!.commit.body
        let reason = try #require(finder.reason(inBody: body))
        #expect(reason.text == "Previously this triggered a bug report and an internal error.")
        #expect(!reason.isVerbatim)
    }

    @Test func givesNoReasonWhenTheBodyHasNone() {
        #expect(finder.reason(inBody: "For golang/go#77549") == nil)
        #expect(finder.reason(inBody: "") == nil)
        #expect(finder.reason(inBody: "Generic methods are visited in order.") == nil)
    }

    @Test func quotesAShortFirstSentenceOnlyWhenAsked() {
        let body = "Not a single person has ever used it.\n\n(The hack has moved.)"
        #expect(finder.reason(inBody: body) == nil)
        #expect(finder.reason(inBody: body, firstSentenceFallback: true) == Reason(text: "Not a single person has ever used it.", isVerbatim: true))
    }

    @Test func skipsCodeLikeSentences() {
        let body = "TestEmptyEnvironment expected packages.Load with Env set to only FOO=BAR to fail when loading fmt."
        #expect(finder.reason(inBody: body) == nil)
    }
}

extension ReasonFinderTests {
    @Test(arguments: [
        "Fix a bug and add a test where the action is still offered when it fails.",
        "Try adding a sleep to see if it is just a race condition.",
        "By properly wiring the editor into the writer, the bug is gone because of it.",
        "Index [1] from plain strings is excluded because it fails.",
    ])
    func skipsInstructionsFragmentsAndCode(sentence: String) {
        #expect(finder.reason(inBody: sentence) == nil)
    }

    @Test func keepsFirstPersonOnlyAsAQuote() {
        #expect(finder.reason(inBody: "I could not reproduce the crash in the marker tests.")?.isVerbatim == true)
        #expect(finder.reason(inBody: "I also fixed one error due to go.dev/issue/1234.") == nil)
    }
}
