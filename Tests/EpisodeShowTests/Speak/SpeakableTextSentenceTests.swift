import Testing
@testable import EpisodeShow

/// Body sentences of real commit messages, made speakable and kept faithful.
@Suite struct SpeakableTextSentenceTests {
    static let goRoots: [String: String] = ["go": "package", "hash": "package", "runtime": "package", "cmd": "command", "gopls": "package"]
    let speakable = SpeakableText(pathRoots: SpeakableTextSentenceTests.goRoots)

    @Test(arguments: [
        // golang/tools and git/git bodies (corpus), and the examples.
        ("We have renamed the modernizer to `waitgroupgo`.", "We have renamed the modernizer to waitgroupgo.", false),
        ("Drop them and rename the `_sz` variants back to the natural names.", "Drop them and rename the sz variants back to the natural names.", false),
        ("Fix the issue by marking the test as requiring 64 bit `size_t`.", "Fix the issue by marking the test as requiring 64 bit size t.", false),
        ("System trap at 0x0000f358a1ceb140 in the runtime.", "System trap at an address in the runtime.", false),
        ("The crash is in getg_safe, called from sysUnreserve.", "The crash is in getg safe, called from sys unreserve.", false),
        ("This was reported in golang/go#79907 and is fixed by CL 748100.", "This was reported in an issue and is fixed by an earlier change.", false),
        ("Will update the documentation in https://go.dev/wiki/Deprecated in a follow up cl.", "Will update the documentation in a link in a follow up cl.", false),
        ("The test in hash/maphash was flaky since commit 1a2b3c4d5e6f.", "The test in the maphash package was flaky since an earlier commit.", false),
        ("See CONTRIBUTING.md for the rules.", "See the contributing guide for the rules.", false),
        ("The diagnostics were reported against the wrong file.", "The diagnostics were reported against the wrong file.", true),
    ])
    func saysABodySentence(written: String, spoken: String, verbatim: Bool) throws {
        let sentence = try #require(speakable.sentence(written))
        #expect(sentence.text == spoken)
        #expect(sentence.isVerbatim == verbatim)
        #expect(UnspeakableScanner.findings(in: sentence.text).isEmpty)
    }

    @Test(arguments: [
        "0x7ccff6e0de80: fa fa fa fa fa fa fa fa fd fd fd fd fd fd fd fd",
        "x := foo(bar); y = 2",
        "if (!ptr) { return -1; }",
        "Fixes golang/go#79907.",
        "For golang/go#38706.",
    ])
    func codeAndBareReferencesAreNotSaid(written: String) {
        #expect(speakable.sentence(written) == nil)
    }
}
