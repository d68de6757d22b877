import Testing
import EpisodeModel
@testable import EpisodeShow

/// Whole episodes compared with files under Goldens/<case>/ (script.txt, notes.md).
/// Every golden was read as a listener would before it was committed.
@Suite struct GoldenEpisodeTests {
    static func check(_ analysis: Analysis, configuration: ShowConfiguration, date: String, case name: String) throws {
        let episode = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate(date))
        Golden.check(ScriptRenderer.render(episode), case: name, file: "script.txt")
        Golden.check(NotesRenderer.render(episode), case: name, file: "notes.md")
        #expect(UnspeakableScanner.findings(in: ScriptRenderer.render(episode)).isEmpty)
    }

    @Test func goDayBuiltByHand() throws {
        try Self.check(GoToolsDay.analysis, configuration: GoToolsDay.configuration, date: GoToolsDay.date, case: "go-tools-2026-06-08-by-hand")
    }

    @Test func oneCommitDayBuiltByHand() throws {
        try Self.check(HandBuiltDays.oneCommit, configuration: GoToolsDay.configuration, date: "2026-01-02", case: "one-commit-2026-01-02-by-hand")
    }
}
