import Foundation
import Testing
import EpisodeModel
import EpisodeAnalysis
@testable import EpisodeShow

/// The show tells why, from the messages, and never drops or miscounts a commit.
@Suite struct StoryTellingTests {
    /// The day of the editorial guide (golang/tools 2026-06-08): its script tells the problems the
    /// hand-written example tells, each from the commit message.
    @Test func theGuidesDayTellsTheProblems() throws {
        let (analysis, configuration) = try CorpusDays.analysis("golang-tools-2026h1.fuller-numstat.log", day: "2026-06-08", preset: "go-tools")
        let episode = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate("2026-06-08"))
        let script = episode.segments.map(\.text).joined(separator: "\n")
        // The diagnostics reported against the wrong file.
        #expect(script.contains("The additional diagnostic reporting is broken when the tool input has more than one file"), "\(script)")
        // When the stub methods internal error fired.
        #expect(script.contains("duplicate function declarations of the same name"), "\(script)")
        // Why the subcommand went.
        #expect(script.contains("Not a single person has ever used it."), "\(script)")
        // Each of those sentences is recorded with its commit and its place in the body.
        let told = episode.segments.compactMap(\.messageSentences).joined()
        for sentence in told {
            let commit = try #require(analysis.commits.first { $0.commit.hash == sentence.commit })
            let bytes = Array(commit.commit.body.utf8)
            let slice = String(decoding: bytes[sentence.sentence.offset..<sentence.sentence.offset + sentence.sentence.length], as: UTF8.self)
            #expect(slice.split(whereSeparator: \.isWhitespace).joined(separator: " ") == sentence.text)
        }
        #expect(told.count >= 3)
        try Self.expectEveryCommitToldOrCounted(analysis, episode, day: "2026-06-08")
    }

    /// A revert says why it was made, from the message's "Reason for revert:".
    @Test func aRevertIsToldWithItsReason() throws {
        let (analysis, configuration) = try CorpusDays.analysis("golang-tools-2026h1.fuller-numstat.log", day: "2026-06-24", preset: "go-tools")
        let episode = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate("2026-06-24"))
        let script = episode.segments.map(\.text).joined(separator: "\n")
        #expect(script.contains("temporarily rolled back to ensure absolute stability"), "\(script)")
        #expect(script.contains("The reason for the revert:") || script.contains("Why undo it?"), "\(script)")
    }

    static func script(_ day: String, _ file: String = "golang-tools-2026h1.fuller-numstat.log", preset: String? = "go-tools") throws -> String {
        let (analysis, configuration) = try CorpusDays.analysis(file, day: day, preset: preset)
        let episode = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate(day))
        return episode.segments.map(\.text).joined(separator: "\n")
    }

    /// golang/tools 2026-06-01: the story's headline adds promoted-field detection, but the
    /// problem (untagged values make the fill ambiguous) is another commit's: it is told after
    /// what that commit did, never as the reason for the headline ("So Hongxiang added ...").
    @Test func aProblemIsToldWithTheChangeItBelongsTo() throws {
        let script = try Self.script("2026-06-01")
        let problem = try #require(script.range(of: "it is ambiguous which existing values map to which fields"), "\(script)")
        let action = try #require(script.range(of: "stopped offering if contains untagged"), "\(script)")
        #expect(action.upperBound < problem.lowerBound, "\(script)")
        #expect(!script.contains("So Hongxiang added") && !script.contains("In response, Hongxiang added"), "\(script)")
    }

    /// golang/tools 2026-06-09: seven commits, one story. Told in full, its next commits say
    /// something of their own; the context sentence is said as context.
    @Test func aStoryToldInFullTellsItsNextCommitsWithTheirOwnWords() throws {
        let script = try Self.script("2026-06-09")
        #expect(script.contains("skipped generic methods in fingerprinting"), "\(script)")
        #expect(script.contains("Generic methods cannot be part of interface method sets in Go."), "\(script)")
        #expect(!script.contains("going wrong: Generic methods"), "\(script)")
        // In the lead, that commit's own account of what it does follows its context.
        #expect(script.contains("updates the fingerprint function to skip methods with type parameters"), "\(script)")
    }

    /// A background sentence is never framed as what went wrong, on any day of any corpus log.
    @Test(arguments: CorpusDays.corpora.map(\.file))
    func contextIsNeverToldAsAProblem(file: String) throws {
        let frames = ["what was going wrong", "What went wrong", "describes the problem", "sums up the problem", "The trouble",
                      "The problem it solves", "Behind it", "In response", "The reason:", "What prompted it"]
        for day in try CorpusDays.cachedEpisodes(file) {
            for segment in day.episode.segments {
                let sources = segment.messageSentences ?? []
                // Context said just before its problem, as one account ("... can return nil when ... Previously this triggered ..."), may share its frame.
                func leadsIntoProblem(_ context: StorySentence) -> Bool {
                    sources.contains { $0.commit == context.commit && $0.sentence.role == .problem
                        && (0...2).contains($0.sentence.offset - context.sentence.offset - context.sentence.length) }
                }
                for source in sources where source.sentence.role == .background && !leadsIntoProblem(source) {
                    let opening = source.text.split(separator: " ").prefix(4).joined(separator: " ")
                    guard let place = segment.text.range(of: opening) else { continue }
                    let before = segment.text[..<place.lowerBound].suffix(40)
                    #expect(!frames.contains { before.contains($0) }, "\(file) \(day.day): \(before)|\(opening)")
                }
            }
        }
    }

    /// A list after a colon is not read ("... the mystery: 1) frob encoding asserts ..."), nor the
    /// pointer to an example ("producing invalid code such as:").
    @Test func listsAndExamplesAfterAColonAreLeftOut() throws {
        let mystery = try Self.script("2026-06-29")
        #expect(mystery.contains("two defensive measures to try to resolve the mystery."), "\(mystery)")
        #expect(!mystery.contains("one)"), "\(mystery)")
        let stringscut = try Self.script("2026-04-14")
        #expect(stringscut.contains("producing invalid code."), "\(stringscut)")
        #expect(!stringscut.contains("such as."), "\(stringscut)")
    }

    /// Every human commit is in a segment that tells or counts it, and the framing's count is the day's.
    static func expectEveryCommitToldOrCounted(_ analysis: Analysis, _ episode: Episode, day: String) throws {
        let human = Set(analysis.commits.filter { !$0.isBot }.map(\.commit.hash))
        let telling: Set<SegmentKind> = [.lead, .story, .person, .roundup, .more]
        let covered = Set(episode.segments.filter { telling.contains($0.kind) }.flatMap(\.commits))
        #expect(human.isSubset(of: covered), "\(day): \(human.subtracting(covered).count) commits neither told nor counted")
        guard let framing = episode.segments.first(where: { $0.kind == .framing }) else { return }
        let said = SpokenNumber.cardinal(human.count)
        if human.count > 1 { #expect(framing.text.lowercased().contains(said), "\(day): the framing does not say \(said): \(framing.text)") }
    }

    @Test(arguments: CorpusDays.corpora.map(\.file))
    func everyCommitIsToldOrCounted(file: String) throws {
        for day in try CorpusDays.cachedEpisodes(file) {
            try Self.expectEveryCommitToldOrCounted(day.analysis, day.episode, day: "\(file) \(day.day)")
            // A story's count is said only as that story's own: "That story took N changes in all."
            for segment in day.episode.segments where segment.text.contains("changes in all") {
                #expect(!segment.text.contains("All told"), "\(file) \(day.day)")
            }
        }
    }

    /// A log of many days is one episode for the span, never "today".
    @Test func aLogOfManyDaysIsAnEpisodeForTheSpan() throws {
        let commits = try CorpusDays.cachedCommits("git-cliff.stat.log")
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(commits)
        #expect(analysis.span.days.count > 100)
        #expect(analysis.span.days.flatMap(\.commits).count == commits.count)
        let episode = try EpisodeComposer(configuration: ShowConfiguration()).compose(analysis, date: try EpisodeDate(analysis.span.last!))
        let script = episode.segments.map(\.text).joined(separator: "\n")
        #expect(script.hasPrefix("Welcome to The Commit Log. This episode covers") || script.hasPrefix("This is The Commit Log, looking back from"), "\(script.prefix(200))")
        #expect(!script.contains("today") && !script.contains("Today"), "\(script)")
        #expect(!script.contains("That's all for Wednesday") && !script.contains("busy day"), "\(script)")
    }

    /// A busy day is capped by the show's target length: fewer stories in full, the rest counted.
    @Test func aTargetLengthCapsABusyDay() throws {
        let (analysis, configuration) = try CorpusDays.analysis("git-git-2026-summer.name-status.log", day: "2026-07-10", preset: nil)
        let full = try EpisodeComposer(configuration: configuration).compose(analysis, date: try EpisodeDate("2026-07-10"))
        var short = configuration
        short.targetMinutes = 1.5
        let capped = try EpisodeComposer(configuration: short).compose(analysis, date: try EpisodeDate("2026-07-10"))
        #expect(full.durationSeconds > 90)
        #expect(capped.durationSeconds < full.durationSeconds)
        #expect(capped.stories.filter(\.toldInFull).count < full.stories.filter(\.toldInFull).count)
        try Self.expectEveryCommitToldOrCounted(analysis, capped, day: "2026-07-10 capped")
    }

    /// Lengths follow depth: ordinary days of six to eight commits and one-commit days, measured
    /// over the golang/tools half year (the published show's pace is the bar; see the closing note).
    @Test func lengthsFollowTheDay() throws {
        let days = try CorpusDays.cachedEpisodes("golang-tools-2026h1.fuller-numstat.log")
        let oneCommit = days.filter { $0.episode.commits.count == 1 }
        #expect(oneCommit.allSatisfy { $0.episode.durationSeconds < 60 }, "\(oneCommit.filter { $0.episode.durationSeconds >= 60 }.map(\.day))")
        let ordinary = days.filter { (6...8).contains($0.episode.commits.count) }
        let seconds = ordinary.map(\.episode.durationSeconds).sorted()
        #expect(!seconds.isEmpty)
        print("lengths: golang/tools days of six to eight commits (\(seconds.count)): median \(seconds[seconds.count / 2]) s, range \(seconds.first!)-\(seconds.last!) s")
        #expect(seconds[seconds.count / 2] >= 90, "median of ordinary days: \(seconds)")
    }
}
