import Testing
import EpisodeModel
@testable import EpisodeShow

/// `ScriptChecker` on the real episode of the bundled sample, with the edits an editor makes.
@Suite struct ScriptCheckerTests {
    let episode: Episode
    let script: String

    init() throws {
        episode = try SampleEpisode.episode()
        script = SampleEpisode.script(of: episode)
    }

    /// The draft's paragraphs (one line each), for editing by paragraph.
    var paragraphs: [String] { script.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }

    func joined(_ paragraphs: [String]) -> String { paragraphs.joined(separator: "\n\n") + "\n" }

    func replacing(_ old: String, with new: String) throws -> String {
        try #require(script.contains(old), "the sample script no longer says '\(old)'")
        return script.replacingOccurrences(of: old, with: new)
    }

    @Test func anUneditedScriptHasNoFindings() {
        let report = ScriptChecker().report(script: script, against: episode)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.paragraphs.count == episode.segments.count)
        #expect(report.paragraphs.allSatisfy { $0.status == .unchanged })
        #expect(report.paragraphs.map(\.segment) == episode.segments.indices.map { Optional($0) })
        #expect(report.removedSegments.isEmpty)
        #expect(report.wordCount == episode.wordCount)
        #expect(report.duration == episode.duration)
        #expect(report.passed)
    }

    @Test func aPastedURLIsFoundOnItsLineAndColumn() throws {
        let edited = try replacing(
            "In response, Alan fixed an internal error.",
            with: "In response, Alan fixed https://go.dev/issue/70666 now.")
        let findings = ScriptChecker.check(script: edited, against: episode)
        let url = try #require(findings.first { $0.kind == .unspeakable })
        #expect(url.line == 5)
        let line = edited.split(separator: "\n", omittingEmptySubsequences: false)[4]
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: "https://")).lowerBound) + 1
        #expect(url.column == column)
        #expect(url.message.contains("URL"))
        #expect(url.message.contains("https://go.dev/issue/70666"))
        #expect(url.severity == .error)
    }

    @Test func aPastedHashIsFound() throws {
        let edited = try replacing("Alan has more on the list.", with: "Alan has more on the list, in 09a1b9b3.")
        let findings = ScriptChecker.check(script: edited, against: episode)
        let hash = try #require(findings.first { $0.kind == .unspeakable })
        #expect(hash.line == 7)
        #expect(hash.message.contains("hash"))
        #expect(hash.message.contains("09a1b9b3"))
    }

    @Test func aNewParagraphIsNotTraceable() throws {
        var edited = paragraphs
        edited.insert("Our sponsor this week makes excellent coffee for long review sessions.", at: 2)
        let report = ScriptChecker().report(script: joined(edited), against: episode)
        let finding = try #require(report.findings.first { $0.kind == .untraceable })
        #expect(finding.line == 5)
        #expect(finding.message == "not traceable to any commit (new text: check it against the commits)")
        #expect(report.paragraphs[2].status == .new)
        #expect(report.paragraphs[2].commits.isEmpty)
        #expect(!report.passed)
    }

    @Test func anEditedNumberIsCaught() throws {
        let edited = try replacing("landed six changes today", with: "landed seven changes today")
        let report = ScriptChecker().report(script: edited, against: episode)
        #expect(report.paragraphs[1].status == .edited)
        let number = try #require(report.findings.first { $0.kind == .numberNotInDraft })
        #expect(number.line == 3)
        #expect(number.column == 20)
        #expect(number.message.contains("number not in the draft: 'seven'"))
        #expect(number.message.contains("the draft said six"))
        #expect(report.findings.count == 1)
    }

    @Test func aNumberWrittenAsDigitsInsteadOfWordsIsTheSameNumber() throws {
        let edited = try replacing("landed six changes today", with: "landed 6 changes today")
        let findings = ScriptChecker.check(script: edited, against: episode)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func anEditedButFaithfulParagraphPassesAndKeepsItsCommits() throws {
        let edited = try replacing(
            "Alan has more on the list. Alan removed the 'go please bug' subcommand",
            with: "Alan was busy today. Alan also removed the 'go please bug' subcommand")
        let report = ScriptChecker().report(script: edited, against: episode)
        #expect(report.findings.isEmpty, "\(report.findings)")
        let paragraph = report.paragraphs[3]
        #expect(paragraph.status == .edited)
        #expect(paragraph.kind == episode.segments[3].kind)
        #expect(paragraph.commits == episode.segments[3].commits)
        #expect(!paragraph.commits.isEmpty)
        #expect(paragraph.similarity >= 50 && paragraph.similarity < 100)
        #expect(report.passed)
    }

    @Test func aNameThatIsNotAContributorIsCaught() throws {
        let edited = try replacing("Alan fixed an internal error", with: "Peter Weinberger fixed an internal error")
        let findings = ScriptChecker.check(script: edited, against: episode)
        let name = try #require(findings.first { $0.kind == .unknownName })
        #expect(name.line == 5)
        #expect(name.message.hasPrefix("'Peter Weinberger' is not a contributor of this episode"))
        #expect(findings.count == 1)
    }

    @Test func aNonASCIINameIsReportedExactly() throws {
        let edited = try replacing("Hongxiang Jiang removed the unused", with: "René Scharfe removed the unused")
        let findings = ScriptChecker.check(script: edited, against: episode)
        let name = try #require(findings.first { $0.kind == .unknownName })
        #expect(name.message.contains("'René Scharfe'"))
        #expect(name.line == 11)
    }

    @Test func aContributorMovedToAnotherParagraphIsFine() throws {
        let edited = try replacing("The busiest hands belonged to Alan Donovan, with three of them.", with: "Madeline Kalil and Alan Donovan led the day.")
        let findings = ScriptChecker.check(script: edited, against: episode).filter { $0.kind == .unknownName }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func lineNumbersFollowTheEditedFileAfterParagraphsAreRemovedAndAdded() throws {
        var edited = paragraphs
        edited.removeFirst()  // the greeting
        edited.insert("A word from the editor about nothing in the log at all, said twice.", at: 3)
        edited[5] = edited[5].replacingOccurrences(of: "Hongxiang Jiang removed", with: "Hongxiang Jiang removed, see 1761a50bc9,")
        let text = joined(edited)
        let report = ScriptChecker().report(script: text, against: episode)
        let untraceable = try #require(report.findings.first { $0.kind == .untraceable })
        #expect(untraceable.line == 7)
        let hash = try #require(report.findings.first { $0.kind == .unspeakable })
        #expect(hash.line == 11)
        #expect(report.removedSegments.map(\.kind) == [.greeting])
        #expect(report.paragraphs.map(\.line) == [1, 3, 5, 7, 9, 11, 13, 15, 17])
    }

    @Test func aParagraphWrappedOverSeveralLinesIsStillTheSameParagraph() throws {
        let lead = paragraphs[2]
        let wrapped = lead.replacingOccurrences(of: ". The tracker has", with: ".\nThe tracker https://go.dev/issue/70666 has")
        var edited = paragraphs
        edited[2] = wrapped
        let report = ScriptChecker().report(script: joined(edited), against: episode)
        #expect(report.paragraphs[2].line == 5)
        #expect(report.paragraphs[2].lastLine == 6)
        #expect(report.paragraphs[2].status == .edited)
        let url = try #require(report.findings.first { $0.kind == .unspeakable })
        #expect(url.line == 6)
        #expect(url.column == 13)
        #expect(report.paragraphs[3].line == 8)
    }

    @Test func aLongSentenceIsAWarningOnly() throws {
        let long = "Alan has more on the list, and in go please, the language server, Alan removed"
            + " the 'go please bug' subcommand, because not a single person has ever used it,"
            + " and he rejected generic methods from RuntimeTypes in the SSA package."
        let original = try #require(paragraphs.first { $0.hasPrefix("Alan has more on the list.") })
        let edited = try replacing(original, with: long)
        let report = ScriptChecker().report(script: edited, against: episode)
        let warning = try #require(report.findings.first { $0.kind == .longSentence })
        #expect(warning.severity == .warning)
        #expect(warning.line == 7)
        #expect(warning.column == 1)
        #expect(warning.message.contains("more than 35"))
        #expect(report.errors == 0)
        #expect(report.warnings == 1)
        #expect(report.passed)
    }

    @Test func theDurationIsThatOfTheEditedScript() throws {
        let edited = try replacing("That's all for Monday.", with: "That's all for Monday, and what a day it was for go please.")
        let report = ScriptChecker().report(script: edited, against: episode)
        let words = EpisodeDuration.wordCount(edited)
        #expect(report.wordCount == words)
        #expect(report.wordCount > episode.wordCount)
        #expect(report.durationSeconds == EpisodeDuration.seconds(words: words, wordsPerMinute: report.wordsPerMinute))
        #expect(report.durationSeconds > episode.durationSeconds)
        #expect(report.duration == EpisodeDuration.iso8601(seconds: report.durationSeconds))
        #expect(report.draftDuration == episode.duration)
    }

    @Test func theDraftRateReproducesTheDraftsDuration() {
        let rate = ScriptChecker.draftRate(of: episode)
        #expect(EpisodeDuration.seconds(words: episode.wordCount, wordsPerMinute: rate) == episode.durationSeconds)
    }

    @Test func anEmptyScriptIsAnError() {
        let findings = ScriptChecker.check(script: "\n\n", against: episode)
        #expect(findings.map(\.kind) == [.emptyScript])
        #expect(findings.first?.line == 1)
    }

    @Test func findingsAreSortedByLineThenColumn() throws {
        let edited = try replacing("landed six changes today", with: "landed seven changes today, see https://go.dev/x")
            .replacingOccurrences(of: "welcome to", with: "welcome, adonovan@google.com, to")
        let findings = ScriptChecker.check(script: edited, against: episode)
        let places = findings.map { [$0.line, $0.column ?? 0] }
        #expect(places == places.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(findings.first?.line == 1)
    }
}

extension ScriptCheckerTests {
    @Test func capitalisingWordsOfTheDraftIsNotANewName() throws {
        let edited = try replacing("Activity clustered in go please,", with: "Activity clustered in Go Please,")
        let findings = ScriptChecker.check(script: edited, against: episode)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func aWordBeforeAFirstNameIsNotANewName() throws {
        let edited = try replacing("Alan has more on the list.", with: "Congratulations Alan, you have more on the list.")
        let findings = ScriptChecker.check(script: edited, against: episode).filter { $0.kind == .unknownName }
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func aContributorsFirstNameWithAnotherSurnameIsCaught() throws {
        let edited = try replacing("The busiest hands belonged to Alan Donovan, with three of them.", with: "The busiest hands belonged to Alan Weinberger, with three of them.")
        let finding = try #require(ScriptChecker.check(script: edited, against: episode).first { $0.kind == .unknownName })
        #expect(finding.message.contains("'Alan Weinberger'"))
        #expect(finding.message.contains("did you mean Alan Donovan?"))
    }

    @Test func aNameWithoutItsAccentIsNotTheContributor() throws {
        var episode = self.episode
        episode.contributors.append(Contributor(name: "René Scharfe", commits: 1, isBot: false))
        let ok = try replacing("Hongxiang Jiang removed the unused", with: "Hongxiang Jiang and René Scharfe removed the unused")
        #expect(ScriptChecker.check(script: ok, against: episode).filter { $0.kind == .unknownName }.isEmpty)
        let wrong = try replacing("Hongxiang Jiang removed the unused", with: "Hongxiang Jiang and Rene Scharfe removed the unused")
        let finding = try #require(ScriptChecker.check(script: wrong, against: episode).first { $0.kind == .unknownName })
        #expect(finding.message.contains("'Rene Scharfe'"))
    }

    @Test func noBreakSpacesAndTabsSeparateWords() {
        let edited = script.replacingOccurrences(of: "landed six changes", with: "landed\u{00A0}six\tchanges")
        let report = ScriptChecker().report(script: edited, against: episode)
        #expect(report.paragraphs[1].status == .unchanged)
        #expect(report.findings.isEmpty)
    }
}

extension ScriptCheckerTests {
    @Test func reorderedParagraphsAreUnchangedAndKeepTheirSegments() {
        var edited = paragraphs
        edited.swapAt(3, 4)
        let report = ScriptChecker().report(script: joined(edited), against: episode)
        #expect(report.findings.isEmpty)
        #expect(report.paragraphs.map(\.status).allSatisfy { $0 == .unchanged })
        #expect(report.paragraphs[3].segment == 4)
        #expect(report.paragraphs[4].segment == 3)
    }

    @Test func aParagraphSplitInTwoKeepsItsCommitsInBothHalves() throws {
        var edited = paragraphs
        let person = edited[3]
        let cut = try #require(person.range(of: " Behind it: "))
        edited[3] = String(person[..<cut.lowerBound])
        edited.insert(String(person[cut.upperBound...]).trimmingCharacters(in: .whitespaces).capitalizedFirst, at: 4)
        let report = ScriptChecker().report(script: joined(edited), against: episode)
        #expect(report.errors == 0, "\(report.findings)")
        #expect(report.paragraphs[3].segment == 3)
        #expect(report.paragraphs[4].segment == 3)
        #expect(report.paragraphs[4].commits == episode.segments[3].commits)
        #expect(report.removedSegments.isEmpty)
    }

    @Test func theReportIsTheSameOnEveryRun() throws {
        let edited = try replacing("landed six changes today", with: "landed seven changes today") + "\nSomething new entirely, said by nobody.\n"
        let first = try CheckReportRenderer.json(ScriptChecker().report(script: edited, against: episode), scriptName: "script.txt")
        let second = try CheckReportRenderer.json(ScriptChecker().report(script: edited, against: episode), scriptName: "script.txt")
        #expect(first == second)
        #expect(CheckReportRenderer.text(ScriptChecker().report(script: edited, against: episode), scriptName: "script.txt").hasPrefix("script.txt:3:20: error: number not in the draft"))
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
