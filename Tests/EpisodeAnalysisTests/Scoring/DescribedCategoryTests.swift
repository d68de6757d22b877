import Testing
@testable import EpisodeAnalysis
import EpisodeModel

/// git.git topic descriptions from the corpus (2026 summer) and the kind of work each tells.
@Suite struct DescribedCategoryTests {
    @Test(arguments: [
        ("'git branch -d' has been taught to report when a branch cannot be deleted because it is being used in an active bisect run.", ChangeCategory.feature),
        ("A new builtin \"git format-rev\" is introduced for pretty formatting one revision expression", .feature),
        ("'git cat-file --batch-command' that asked for 'contents' without 'type' segfaults, which has been corrected.", .fix),
        ("The logic to determine that branches in an octopus merge are independent has been optimized.", .performance),
        ("Ramifications of turning off commit-graph has been documented a bit more clearly.", .docs),
        ("The code path that deals with relative paths in the 'diff-lib' has been cleaned up.", .refactor),
        ("Test fix.", .tests),
        // The first phrase wins: test-suite work that introduces a linter for the tests is tests work.
        ("The test suite has been updated to use the 'test_grep' helper instead of bare 'grep' for test assertions, allowing file contents to be printed on failure for easier debugging.  A new 'greplint' linter has been introduced", .tests),
        ("Various typos, grammatical errors, and duplicated words in both documentation and code comments have been corrected.", .docs),
    ])
    func passiveVerbsTellTheKindOfWork(description: String, category: ChangeCategory) {
        #expect(ChangeCategorizer.describedCategory(description) == category)
    }

    @Test func proseWithoutSuchAVerbTellsNothing() {
        #expect(ChangeCategorizer.describedCategory("Preparation of the xdiff/ codebase to work with Rust.") == nil)
    }

    @Test func aTopicMergeIsScoredByItsDescription() {
        let merge = CommitBuilder.commit(CommitBuilder.hash("m1"), author: "Junio C Hamano <gitster@pobox.com>", message: """
            Merge branch 'hn/branch-delete-merged'

            The 'git branch' command has been taught the '--delete-merged' option
            to remove local branches that are already merged into their tracked
            remote-tracking branches.

            * hn/branch-delete-merged:
              branch: add --dry-run for --delete-merged
            """, parents: ["a1", "b2"])
        let score = Analyzer(configuration: ShowConfiguration()).analyze([merge]).commits[0].score
        #expect(score.reasons.map(\.signal) == [.feature, .surface])
        #expect(score.reasons[0].detail == "a topic merge whose description tells a feature change")
    }
}
