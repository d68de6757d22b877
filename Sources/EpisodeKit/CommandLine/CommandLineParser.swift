import Foundation
import EpisodeIngest

/// A small, strict parser for `episodegen`'s arguments. Pure: no IO.
///
/// Flags take their value as the next argument or after `=` (`--repo=.`). Anything that starts
/// with `-` is a flag, and unknown flags are errors; `--` ends the flags (what follows is revisions).
public enum CommandLineParser {
    /// A flag and what it takes.
    struct Flag {
        var name: String
        var valueName: String?
        var commands: Set<CommandKind>
        var summary: String
    }

    static let inputCommands: Set<CommandKind> = [.episode, .commits, .analyze]
    /// Input flags `nightly` takes too: it always runs git, a day at a time.
    static let nightlyInputCommands: Set<CommandKind> = inputCommands.union([.nightly])

    /// Every flag, in the order help lists them.
    static let flags: [Flag] = [
        Flag(name: "--repo", valueName: "PATH", commands: nightlyInputCommands, summary: "run git in this repository instead of reading standard input"),
        Flag(name: "--input", valueName: "FILE", commands: inputCommands, summary: "read a git log from FILE (- is standard input)"),
        Flag(name: "--since", valueName: "DATE", commands: inputCommands, summary: "with --repo: commits newer than DATE (git's syntax, committer date)"),
        Flag(name: "--until", valueName: "DATE", commands: inputCommands, summary: "with --repo: commits older than DATE (git's syntax, committer date)"),
        Flag(name: "--date", valueName: "DAY", commands: nightlyInputCommands, summary: "only commits of DAY (YYYY-MM-DD, today or yesterday) by their --date-field"),
        Flag(name: "--date-field", valueName: "FIELD", commands: nightlyInputCommands, summary: "author (default: when it was written) or committer (when it landed)"),
        Flag(name: "--time-zone", valueName: "ZONE", commands: nightlyInputCommands, summary: "IANA time zone for --date (default: the configuration's, then TZ, then local)"),
        Flag(name: "--config", valueName: "FILE", commands: nightlyInputCommands.union([.feed]), summary: "the show configuration (JSON)"),
        Flag(name: "--mailmap", valueName: "FILE", commands: nightlyInputCommands, summary: "a .mailmap for piped input (with --repo: on top of the repository's)"),
        Flag(name: "--format", valueName: "FORMAT", commands: [.episode, .check], summary: "script, notes, json or ssml (default: script); check: text or json (default: text)"),
        Flag(name: "--output", valueName: "DIR", commands: [.episode, .nightly], summary: "write the episode bundle into DIR/<date> (nightly: DIR/<show>/<date>, default Outputs)"),
        Flag(name: "--force", valueName: nil, commands: [.episode, .nightly, .approve], summary: "replace files a person edited, keeping each as <name>.bak; approve: despite check errors"),
        Flag(name: "--audio", valueName: nil, commands: [.approve], summary: "approve: speak the script into episode.wav with espeak-ng"),
        Flag(name: "--help", valueName: nil, commands: Set(CommandKind.allCases), summary: "show this help (also -h)"),
        Flag(name: "--version", valueName: nil, commands: Set(CommandKind.allCases), summary: "print the version"),
    ]

    /// Parses the arguments after the program name.
    /// - Throws: `UsageError` naming the flag for unknown flags, missing or malformed values,
    ///   repeated flags and combinations that make no sense.
    public static func parse(_ arguments: [String]) throws -> ParsedCommandLine {
        var rest = arguments[...]
        var command = CommandKind.episode
        if let first = rest.first, let named = CommandKind(rawValue: first), named != .episode {
            command = named
            rest = rest.dropFirst()
        }
        if command == .help { return try parseHelp(rest) }

        var options = CommandOptions()
        var seen: Set<String> = []
        var flagsEnded = false
        while let argument = rest.popFirst() {
            if flagsEnded || !argument.hasPrefix("-") || argument == "-" {
                if command == .check {
                    try takeCheckPath(argument, into: &options)
                } else if command == .approve || command == .feed {
                    try takeBundlePath(argument, into: &options, command: command)
                } else {
                    options.revisions.append(argument)
                }
                continue
            }
            if argument == "--" {
                flagsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String? = nil
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            guard let flag = flags.first(where: { $0.name == name }) else {
                throw UsageError(
                    flag: name, message: "unknown option for '\(command.invocation)'",
                    hint: "run '\(command.invocation) --help' to see its options")
            }
            guard flag.commands.contains(command) else {
                let owners = CommandKind.allCases.filter { flag.commands.contains($0) }.map { "'\($0.invocation)'" }
                throw UsageError(
                    flag: name, message: "not an option of '\(command.invocation)'",
                    hint: "it belongs to \(owners.joined(separator: ", "))")
            }
            if name == "--help" { return .help(command) }
            if name == "--version" { return .version }
            guard seen.insert(name).inserted else {
                throw UsageError(flag: name, message: "given more than once", hint: "give it once")
            }
            guard let valueName = flag.valueName else {
                if inlineValue != nil { throw UsageError(flag: name, message: "takes no value") }
                if name == "--audio" { options.audio = true } else { options.force = true }
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if let next = rest.first, !(next.hasPrefix("-") && next != "-") {
                value = next
                rest = rest.dropFirst()
            } else {
                throw UsageError(flag: name, message: "missing value", hint: "write \(name) \(valueName)")
            }
            guard !value.isEmpty else {
                throw UsageError(flag: name, message: "empty value", hint: "write \(name) \(valueName)")
            }
            try assign(value, to: name, in: &options, command: command)
        }
        if command == .check, options.checkPath == nil { throw UsageError.missingCheckPath }
        if command == .approve || command == .feed, options.bundlePath == nil { throw UsageError.missingBundlePath(command) }
        try checkCombinations(options, command: command)
        return .run(command, options)
    }

    private static func parseHelp(_ rest: ArraySlice<String>) throws -> ParsedCommandLine {
        guard let topic = rest.first else { return .help(nil) }
        guard rest.count == 1 else {
            throw UsageError(flag: rest[rest.startIndex + 1], message: "unexpected argument after 'help \(topic)'")
        }
        if topic == "--help" || topic == "-h" { return .help(.help) }
        guard let command = CommandKind(rawValue: topic) else {
            throw UsageError(
                flag: topic, message: "no such command",
                hint: "commands: \(CommandKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return .help(command)
    }

    private static func assign(_ value: String, to name: String, in options: inout CommandOptions, command: CommandKind) throws {
        switch name {
        case "--repo": options.repository = value
        case "--input": options.inputFile = value
        case "--since": options.since = value
        case "--until": options.until = value
        case "--config": options.configFile = value
        case "--mailmap": options.mailmapFile = value
        case "--output": options.outputDirectory = value
        case "--date":
            guard let date = DateSelection(parsing: value) else {
                throw UsageError(
                    flag: name, message: "'\(value)' is not a day",
                    hint: "write a real calendar day as YYYY-MM-DD (e.g. 2026-05-14), or today, or yesterday")
            }
            options.date = date
        case "--date-field":
            guard let field = DateField(rawValue: value) else {
                throw UsageError(
                    flag: name, message: "'\(value)' is not a date field",
                    hint: "choose author (when the change was written) or committer (when it landed)")
            }
            options.dateField = field
        case "--time-zone":
            guard TimeZone(identifier: value) != nil else {
                throw UsageError(
                    flag: name, message: "'\(value)' is not a known time zone",
                    hint: "use an IANA name such as UTC, Europe/Berlin or America/Los_Angeles")
            }
            options.timeZone = value
        case "--format" where command == .check:
            guard let format = CheckReportFormat(rawValue: value) else {
                throw UsageError(
                    flag: name, message: "'\(value)' is not a report format",
                    hint: "choose one of \(CheckReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.checkFormat = format
        case "--format":
            guard let format = EpisodeFormat(rawValue: value) else {
                throw UsageError(
                    flag: name, message: "'\(value)' is not a format",
                    hint: "choose one of \(EpisodeFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.format = format
        default:
            preconditionFailure("flag \(name) has a value but no assignment")
        }
    }

    /// `check` takes one path: the bundle folder or its script.txt.
    private static func takeCheckPath(_ argument: String, into options: inout CommandOptions) throws {
        guard options.checkPath == nil else {
            throw UsageError(flag: argument, message: "check takes one bundle folder", hint: "check one bundle at a time")
        }
        guard !argument.isEmpty else {
            throw UsageError(flag: nil, message: "empty path", hint: UsageError.checkPathHint)
        }
        options.checkPath = argument
    }

    /// `approve` takes one bundle folder, `feed` one show folder.
    private static func takeBundlePath(_ argument: String, into options: inout CommandOptions, command: CommandKind) throws {
        guard options.bundlePath == nil else {
            throw UsageError(flag: argument, message: "\(command.rawValue) takes one folder", hint: UsageError.bundlePathHint(command))
        }
        guard !argument.isEmpty else { throw UsageError(flag: nil, message: "empty path", hint: UsageError.bundlePathHint(command)) }
        options.bundlePath = argument
    }

    /// Rules between flags that do not depend on the environment.
    private static func checkCombinations(_ options: CommandOptions, command: CommandKind) throws {
        if command == .nightly, let revision = options.revisions.first {
            throw UsageError(flag: revision, message: "nightly takes no revisions", hint: "it reads the commits of each day it drafts from --repo")
        }
        if command == .nightly, options.repository == nil {
            throw UsageError(flag: "--repo", message: "required by nightly", hint: "write episodegen nightly --repo PATH [--config FILE]")
        }
        if options.inputFile != nil, options.repository != nil {
            throw UsageError(flag: "--input", message: "cannot be combined with --repo", hint: "read either a log file or a repository")
        }
        if options.date != nil {
            if options.since != nil {
                throw UsageError(flag: "--since", message: "cannot be combined with --date", hint: "--date already chooses the day")
            }
            if options.until != nil {
                throw UsageError(flag: "--until", message: "cannot be combined with --date", hint: "--date already chooses the day")
            }
        }
        if options.dateField != nil, options.date == nil {
            throw UsageError(flag: "--date-field", message: "needs --date", hint: "it chooses which date --date DAY looks at")
        }
        if options.repository == nil {
            if options.since != nil {
                throw UsageError(flag: "--since", message: "needs --repo", hint: "for piped input, give the limits to git log itself")
            }
            if options.until != nil {
                throw UsageError(flag: "--until", message: "needs --repo", hint: "for piped input, give the limits to git log itself")
            }
            if let revision = options.revisions.first {
                throw UsageError(
                    flag: revision, message: "a revision range needs --repo",
                    hint: "for piped input, give the range to git log itself; commands are: commits, analyze, check, help")
            }
        }
        if options.force && options.outputDirectory == nil && command != .nightly && command != .approve {
            throw UsageError(flag: "--force", message: "needs --output", hint: "--force only matters when writing a bundle")
        }
    }
}
