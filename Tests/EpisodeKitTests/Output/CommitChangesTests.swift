import Testing
import EpisodeKit

@Suite struct CommitChangesTests {
    let a = BundleCommit(hash: "a1b2c3d4e5f6", subject: "Add the parser")
    let b = BundleCommit(hash: "b1b2c3d4e5f6", subject: "Fix the lexer")
    let c = BundleCommit(hash: "c1b2c3d4e5f6", subject: "Speed up the lexer")

    @Test func comparesByHashInDraftOrder() {
        let changes = CommitChanges(from: [a, b], to: [c, b])
        #expect(changes.added == [c])
        #expect(changes.removed == [a])
        #expect(changes.lines == ["Commits added:", "  + c1b2c3d Speed up the lexer", "Commits removed:", "  - a1b2c3d Add the parser"])
    }

    @Test func theSameCommitsSayTheWordingChanged() {
        let changes = CommitChanges(from: [a, b], to: [b, a])
        #expect(changes.isEmpty)
        #expect(changes.lines == ["No commits added or removed: the templates or the configuration changed."])
    }
}
