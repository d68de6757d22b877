import Foundation
import Testing
import EpisodeTestSupport

/// `check` on the tool's own fresh drafts: a contributor whose name holds a hex-looking word is
/// no hash, and a reviewer or committer named in the input may be named by an editor.
@Suite struct CheckOwnDraftTests {
    @Test func aFreshDraftPassesAndAReviewerMayBeNamed() throws {
        let repo = try TemporaryGitRepository()
        try repo.write("README", "hello\n")
        try repo.commit("""
            docs: explain the setup

            The setup steps were missing, so new users failed at the first command.

            Reviewed-by: Hana Kim <hana@example.org>
            """, author: ("Seed ff46f482 maintainers", "seed@example.org"), authorDate: "2026-03-02T10:00:00+00:00")
        let output = repo.root.appendingPathComponent("out")
        let run = try CommandRunner.run(
            ["--repo", repo.path, "--date", "2026-03-02", "--output", output.path], environment: repo.environment)
        #expect(run.status == 0, "\(run.error)")
        let bundle = output.appendingPathComponent("2026-03-02")
        let fresh = try CommandRunner.run(["check", bundle.path], environment: repo.environment)
        #expect(fresh.status == 0, "\(fresh.outputText)\(fresh.error)")

        // The editor thanks the reviewer (named only in a trailer) and the committer.
        let script = bundle.appendingPathComponent("script.txt")
        var text = try String(contentsOf: script, encoding: .utf8)
        let paragraphs = text.components(separatedBy: "\n\n")
        try #require(paragraphs.count > 3)
        text = text.replacingOccurrences(of: paragraphs[2], with: paragraphs[2] + " Thanks to Hana Kim for the review, and to Test Committer.")
        try Data(text.utf8).write(to: script)
        let edited = try CommandRunner.run(["check", bundle.path], environment: repo.environment)
        #expect(!edited.outputText.contains("not a contributor"), "\(edited.outputText)")
        #expect(edited.status == 0, "\(edited.outputText)\(edited.error)")
    }
}
