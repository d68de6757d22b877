import Testing
@testable import EpisodeShow

@Suite struct SentenceToolsTests {
    @Test(arguments: [
        // go/ssa: add test for fix of golang/go#73871 in go/types@go1.25 (the path is not said).
        ("add test for fix of an issue in", "add test for fix of an issue"),
        ("we no longer need the ctx valid bool added by", "we no longer need the ctx valid bool added"),
        ("fix reporting in go diagnostics tool", "fix reporting in go diagnostics tool"),
    ])
    func danglingLastWordsAreDropped(phrase: String, expected: String) {
        #expect(SentenceTools.withoutDanglingEnd(phrase) == expected)
    }

    @Test func longSentencesSplitAtASemicolonKeepingEveryWord() {
        // git.git, Documentation/git-interpret-trailers: a commit body sentence.
        let text = "The primary motivation here is to be reasonably complete in the documentation of how trailers are parsed; this is after all the only documentation page that documents this format."
        let split = SentenceTools.splitLong(text)
        #expect(split == "The primary motivation here is to be reasonably complete in the documentation of how trailers are parsed. This is after all the only documentation page that documents this format.")
        #expect(SentenceTools.wordCount(split) == SentenceTools.wordCount(text))
    }

    @Test func andSplitsOnlyBeforeAClauseOfItsOwn() {
        // git.git commit bodies.
        let clause = "This code has been around for a while, but nobody seems to have noticed because we use an older version of the compiler in our static-analysis ci job, and it does not complain."
        #expect(SentenceTools.splitLong(clause) == "This code has been around for a while. But nobody seems to have noticed because we use an older version of the compiler in our static-analysis ci job, and it does not complain.")
        let pronoun = "Treating it as a normal end-of-iteration causes us to silently report an empty section instead of surfacing the corruption, and we are left with a partially-initialized block."
        #expect(SentenceTools.splitLong(pronoun) == "Treating it as a normal end-of-iteration causes us to silently report an empty section instead of surfacing the corruption. And we are left with a partially-initialized block.")
        // A list with an Oxford comma stays whole.
        let list = "Commands that list branches, tags, notes, remotes, worktrees, stashes, submodules, and hooks have been optimized to pass the namespace prefix when initializing their ref iterator."
        #expect(SentenceTools.splitLong(list) == list)
        // Short sentences are never split.
        let short = "On Plan 9, there is no patch command, and the diff command does not support it."
        #expect(SentenceTools.splitLong(short) == short)
    }

    @Test(arguments: [
        // git.git and golang/tools commit bodies, as the reason finder picked them.
        ("However, the Makefile only invoked tests for diff-highlight and subtree.", "The Makefile only invoked tests for diff-highlight and subtree.", true),
        ("But when the offset originates from a section or index offset it is supposed to point at a valid block.",
         "When the offset originates from a section or index offset it is supposed to point at a valid block.", true),
        ("And so we must update that message, too.", "We must update that message, too.", true),
        ("Previously, the action var was being shadowed.", "Previously, the action var was being shadowed.", false),
        ("But why?", "But why?", false),
    ])
    func leadingConnectivesAreCut(sentence: String, expected: String, cut: Bool) {
        let result = SentenceTools.withoutLeadingConnective(sentence)
        #expect(result.text == expected)
        #expect(result.cut == cut)
    }

    @Test func longHeadlinesKeepTheirFirstClause() {
        // git.git topic ed5d4f6 (2026-07-06).
        let topic = "A regression in the error diagnosis code for invalid .git files has been fixed, avoiding a potential NULL-pointer crash when reporting that a .git file does not point to a valid repository."
        #expect(SentenceTools.headline(topic) == "A regression in the error diagnosis code for invalid .git files has been fixed")
        // The cut keeps the main verb: not "A crash in the 'sparse-index' collapse code".
        let crash = "A crash in the 'sparse-index' collapse code when encountering an invalidated cache-tree node (due to an intent-to-add path) has been fixed by avoiding collapsing such subtrees."
        #expect(SentenceTools.headline(crash) == "A crash in the 'sparse-index' collapse code when encountering an invalidated cache-tree node has been fixed")
        // Asides in parentheses go first.
        let graph = "'git log --graph' has been modified to visually distinguish parentless 'root' commits (and commits that become roots due to history simplification) by indenting them, preventing them from appearing falsely related to unrelated commits rendered immediately above them."
        #expect(SentenceTools.headline(graph) == "'git log --graph' has been modified to visually distinguish parentless 'root' commits")
        // No aside to cut at, or a cut that would lose the main clause: the headline stays whole.
        let remote = "When the push remote is specified as a URL, the fetch refspec of a uniquely matching configured remote is now used to find and update the remote-tracking branch."
        #expect(SentenceTools.headline(remote) == String(remote.dropLast()))
        let flagged = "Various code paths have been hardened against potential NULL-pointer dereferences and invalid file descriptor accesses flagged by Coverity."
        #expect(SentenceTools.headline(flagged) == String(flagged.dropLast()))
        #expect(SentenceTools.headline("fix reporting in go_diagnostics tool") == "fix reporting in go_diagnostics tool")
        #expect(SentenceTools.headline("Docs updates.") == "Docs updates")
    }

    @Test(arguments: [
        ("fix internal error (missing type)", "fix internal error"),
        ("strbuf: add strbuf_add_uint()", "strbuf: add strbuf_add_uint()"),
        ("use repo_hold_lock_file_for_update{,_mode,_timeout}() with custom repos", "use repo_hold_lock_file_for_update{,_mode,_timeout}() with custom repos"),
        ("fix inefficient use of dd(1)", "fix inefficient use of dd"),
        ("drop the () aside", "drop the aside"),
    ])
    func parentheticalsGoButACallKeepsItsParentheses(text: String, expected: String) {
        #expect(SentenceTools.withoutParentheticals(text) == expected)
    }
}
