import Testing
@testable import EpisodeKit
import EpisodeIngest

@Suite struct CommandLineParserTests {
    @Test func parsesEveryOptionOfTheEpisode() throws {
        let parsed = try CommandLineParser.parse([
            "--repo", "/src/tools", "--date", "2026-05-14", "--time-zone", "America/Los_Angeles", "--config", "show.json",
            "--mailmap", "people.mailmap", "--format", "notes", "--output", "Outputs/day", "--force", "v1.0..main",
        ])
        #expect(parsed == .run(.episode, CommandOptions(
            repository: "/src/tools", date: .day(CalendarDay(year: 2026, month: 5, day: 14)!), timeZone: "America/Los_Angeles",
            configFile: "show.json", mailmapFile: "people.mailmap", revisions: ["v1.0..main"], format: .notes,
            outputDirectory: "Outputs/day", force: true)))
    }

    @Test func parsesCommitsWithInlineValuesAndDoubleDash() throws {
        let parsed = try CommandLineParser.parse(["commits", "--repo=.", "--since=2 weeks ago", "--until", "yesterday", "--", "HEAD~20.."])
        #expect(parsed == .run(.commits, CommandOptions(repository: ".", since: "2 weeks ago", until: "yesterday", revisions: ["HEAD~20.."])))
    }

    @Test func parsesInputAndRelativeDays() throws {
        #expect(try CommandLineParser.parse(["analyze", "--input", "-", "--date", "yesterday"])
            == .run(.analyze, CommandOptions(inputFile: "-", date: .yesterday)))
        #expect(try CommandLineParser.parse(["commits", "--date", "today"]) == .run(.commits, CommandOptions(date: .today)))
        #expect(try CommandLineParser.parse([]) == .run(.episode, CommandOptions()))
    }

    @Test func helpAndVersion() throws {
        #expect(try CommandLineParser.parse(["help"]) == .help(nil))
        #expect(try CommandLineParser.parse(["help", "commits"]) == .help(.commits))
        #expect(try CommandLineParser.parse(["commits", "--help"]) == .help(.commits))
        #expect(try CommandLineParser.parse(["analyze", "-h"]) == .help(.analyze))
        #expect(try CommandLineParser.parse(["-h"]) == .help(.episode))
        #expect(try CommandLineParser.parse(["--version"]) == .version)
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var flag: String?
        var testDescription: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "unknown flag", arguments: ["commits", "--colour"], flag: "--colour"),
        Mistake(name: "unknown short flag", arguments: ["-x"], flag: "-x"),
        Mistake(name: "missing value at the end", arguments: ["commits", "--repo"], flag: "--repo"),
        Mistake(name: "missing value before a flag", arguments: ["--config", "--repo", "."], flag: "--config"),
        Mistake(name: "empty value", arguments: ["--repo="], flag: "--repo"),
        Mistake(name: "format of the wrong kind", arguments: ["--format", "mp3"], flag: "--format"),
        Mistake(name: "a month that does not exist", arguments: ["commits", "--date", "2026-13-01"], flag: "--date"),
        Mistake(name: "a day that does not exist", arguments: ["commits", "--date", "2026-02-30"], flag: "--date"),
        Mistake(name: "an unknown time zone", arguments: ["commits", "--time-zone", "Mars/Olympus"], flag: "--time-zone"),
        Mistake(name: "input and repo together", arguments: ["commits", "--input", "log.txt", "--repo", "."], flag: "--input"),
        Mistake(name: "a flag twice", arguments: ["commits", "--repo", ".", "--repo", "x"], flag: "--repo"),
        Mistake(name: "an episode flag on commits", arguments: ["commits", "--format", "json"], flag: "--format"),
        Mistake(name: "a value for a switch", arguments: ["--output", "o", "--force=yes"], flag: "--force"),
        Mistake(name: "force without output", arguments: ["--force"], flag: "--force"),
        Mistake(name: "since without repo", arguments: ["commits", "--since", "monday"], flag: "--since"),
        Mistake(name: "date with since", arguments: ["commits", "--repo", ".", "--since", "monday", "--date", "today"], flag: "--since"),
        Mistake(name: "a date field that does not exist", arguments: ["commits", "--date", "today", "--date-field", "landed"], flag: "--date-field"),
        Mistake(name: "a date field without --date", arguments: ["commits", "--date-field", "committer"], flag: "--date-field"),
        Mistake(name: "a range without repo", arguments: ["commits", "v1.0..main"], flag: "v1.0..main"),
        Mistake(name: "help for an unknown command", arguments: ["help", "publish"], flag: "publish"),
        Mistake(name: "nightly without repo", arguments: ["nightly", "--config", "show.json"], flag: "--repo"),
        Mistake(name: "nightly with a range", arguments: ["nightly", "--repo", ".", "v1.0..main"], flag: "v1.0..main"),
        Mistake(name: "nightly reading a log file", arguments: ["nightly", "--input", "log.txt"], flag: "--input"),
    ]

    @Test(arguments: mistakes)
    func mistakesAreUsageErrorsNamingTheFlag(_ mistake: Mistake) {
        #expect {
            try CommandLineParser.parse(mistake.arguments)
        } throws: { error in
            guard let usage = error as? UsageError else { return false }
            return usage.flag == mistake.flag && usage.description.hasPrefix("\(mistake.flag!): ")
        }
    }

    @Test func parsesNightlyWithForceAndNoOutput() throws {
        let parsed = try CommandLineParser.parse(["nightly", "--repo", "repos/tools", "--config", "show.json", "--date", "2026-06-08", "--force"])
        #expect(parsed == .run(.nightly, CommandOptions(
            repository: "repos/tools", date: .day(CalendarDay(year: 2026, month: 6, day: 8)!), configFile: "show.json", force: true)))
    }

    @Test func dateFieldIsReadForPipedAndRepositoryInput() throws {
        #expect(try CommandLineParser.parse(["commits", "--date", "today", "--date-field", "committer"])
            == .run(.commits, CommandOptions(date: .today, dateField: .committer)))
        #expect(try CommandLineParser.parse(["--repo", ".", "--date=yesterday", "--date-field=author"])
            == .run(.episode, CommandOptions(repository: ".", date: .yesterday, dateField: .author)))
        #expect(try CommandLineParser.parse(["commits", "--date", "today"]) == .run(.commits, CommandOptions(date: .today)))
    }
}
