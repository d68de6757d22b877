import Testing
@testable import EpisodeAnalysis
import EpisodeModel

/// Cleanups that must not lead a day, with subjects from golang/tools and git-cliff.
@Suite struct MechanicalChangeTests {
    static func reason(_ summary: String, files: [FileChange] = []) -> String? {
        let footprint = Footprint(files, layouts: files.map { FileLayout.classify($0.path) })
        return MechanicalChange.reason(summary: summary, files: files, footprint: footprint)
    }

    @Test(arguments: [
        ("gofix -fix -test ./...", "the subject is a command line: \"gofix -fix -test ./...\""),
        ("delete", "the subject only says \"delete\""),
        ("fix typos in comments and docs", "subject says \"fix typos\""),
        ("rename waitgroup -> waitgroupgo", "subject starts with \"rename\""),
        ("run gofmt", "subject says \"run gofmt\""),
    ])
    func recognisesCleanups(summary: String, reason: String) {
        #expect(MechanicalChangeTests.reason(summary) == reason)
    }

    @Test(arguments: ["add MoveType setting", "fix regression in initialization", "remove 'gopls bug' subcommand", "cache decoded objects in memCache"])
    func leavesOrdinaryChangesAlone(summary: String) {
        #expect(MechanicalChangeTests.reason(summary) == nil)
    }

    @Test func aChangeThatMostlyDeletesIsACleanup() {
        let files = [FileChange(path: "internal/event/keys/keys.go", additions: 12, deletions: 540)]
        #expect(MechanicalChangeTests.reason("remove unnecessary types", files: files) == "mostly deletes: 12 lines added, 540 deleted")
    }
}
