import Foundation
import EpisodeAnalysis
import EpisodeIngest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What every command works with: its options, the process's surroundings, and the shared steps
/// (configuration, time zone, input selection). IO lives here and in the commands, not in the stages.
struct CommandContext {
    var command: CommandKind
    var options: CommandOptions
    var environment: [String: String]
    var streams: StandardStreams
    var now: Date
    var currentDirectory: String

    /// The show configuration from `--config`, or the defaults.
    /// - Throws: `ConfigurationError` (exit 5) when the file cannot be read or is invalid.
    func loadConfiguration() throws -> ShowConfiguration {
        guard let file = options.configFile else { return ShowConfiguration() }
        guard let data = FileManager.default.contents(atPath: absolute(file)) else {
            throw ConfigurationError(file: file, keyPath: "", message: "cannot read the file: \(reasonUnreadable(absolute(file)))")
        }
        return try ShowConfigurationLoader.load(data, file: file)
    }

    /// `--time-zone`, else the configuration's `timeZone`, else `TZ`, else the system's zone.
    func timeZone(configuration: ShowConfiguration) throws -> TimeZone {
        if let name = options.timeZone, let zone = TimeZone(identifier: name) { return zone }
        if let name = configuration.timeZone {
            guard let zone = TimeZone(identifier: name) else {
                throw ConfigurationError(
                    file: options.configFile ?? "configuration", keyPath: "timeZone",
                    message: "'\(name)' is not a known time zone (use an IANA name such as Europe/Berlin)")
            }
            return zone
        }
        if var name = environment["TZ"], !name.isEmpty {
            if name.hasPrefix(":") { name.removeFirst() }
            if let zone = TimeZone(identifier: name) { return zone }
        }
        return TimeZone.current
    }

    /// The window `--date` asks for, if it does, on the date `--date-field` names, else the
    /// configuration's `dateField`, else the author date.
    func dateWindow(configuration: ShowConfiguration) throws -> DateWindow? {
        guard let date = options.date else { return nil }
        let zone = try timeZone(configuration: configuration)
        let field = options.dateField ?? configuration.dateField ?? .author
        return DateWindow(day: date.resolve(now: now, in: zone), timeZone: zone, field: field)
    }

    /// Chooses the input: `--repo` runs git; `--input` reads a file (`-`: standard input);
    /// otherwise standard input when it is not a terminal. The caller closes `openedDescriptor`.
    /// - Throws: `UsageError` when there is no input or the `--input` file cannot be opened.
    func commitSource(configuration: ShowConfiguration) throws -> (source: CommitSource, openedDescriptor: Int32?) {
        let window = try dateWindow(configuration: configuration)
        if let repository = options.repository {
            let query = GitLogQuery(
                repository: absolute(repository), since: options.since, until: options.until, revisions: options.revisions,
                window: window, mailmapFile: options.mailmapFile.map(absolute))
            return (CommitSource(kind: .git(query), window: window, environment: environment), nil)
        }
        if let file = options.inputFile, file != "-" {
            let descriptor = open(absolute(file), O_RDONLY)
            guard descriptor >= 0 else {
                throw UsageError(
                    flag: "--input", message: "cannot read '\(file)': \(String(cString: strerror(errno)))",
                    hint: "give the path of a saved git log, or - for standard input")
            }
            return (CommitSource(kind: .log(descriptor: descriptor, name: file), window: window, environment: environment), descriptor)
        }
        if options.inputFile == nil && streams.inputIsTerminal {
            throw UsageError(
                flag: nil, message: "no input: standard input is a terminal and neither --repo nor --input was given",
                hint: "pipe a log in (git log | \(command.invocation)), or use --repo PATH or --input FILE")
        }
        return (CommitSource(kind: .log(descriptor: streams.input, name: "stdin"), window: window, environment: environment), nil)
    }

    /// The mailmap text for piped input: `--mailmap`, else the configuration's `mailmapPath`
    /// (relative to the configuration file). With `--repo`, git applies mailmaps itself: `nil`.
    func mailmapForPipedInput(configuration: ShowConfiguration) throws -> String? {
        guard options.repository == nil else { return nil }
        if let file = options.mailmapFile {
            guard let data = FileManager.default.contents(atPath: absolute(file)) else {
                throw UsageError(flag: "--mailmap", message: "cannot read '\(file)': \(reasonUnreadable(absolute(file)))")
            }
            return String(decoding: data, as: UTF8.self)
        }
        if let relative = configuration.mailmapPath {
            let path = configurationRelative(relative)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigurationError(
                    file: options.configFile ?? "configuration", keyPath: "mailmapPath",
                    message: "cannot read '\(path)': \(reasonUnreadable(path))")
            }
            return String(decoding: data, as: UTF8.self)
        }
        return nil
    }

    /// All the commits of the input, read whole (analyze and the episode need the whole day).
    /// - Returns: the commits and the input's name for messages (`stdin`, the `--input` path, `git`).
    /// - Throws: what `commitSource` and `CommitSource.read` throw, and `UnparseableInputError`
    ///   (exit 3) when lines were not a git log: an analysis of part of a day would mislead.
    func readAllCommits(configuration: ShowConfiguration) throws -> (commits: [Commit], sourceName: String) {
        let (source, opened) = try commitSource(configuration: configuration)
        defer { if let opened { close(opened) } }
        var commits: [Commit] = []
        let issues = try source.read { commits.append($0) }
        if !issues.isEmpty { throw UnparseableInputError(source: source.name, issues: issues) }
        return (commits, source.name)
    }

    /// A path from the configuration file (`mailmapPath`, `templatesPath`): absolute as written, or
    /// relative to the folder of `--config` (the current folder without one).
    func configurationRelative(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let base = options.configFile.map { (absolute($0) as NSString).deletingLastPathComponent } ?? currentDirectory
        return "\(base)/\(path)"
    }

    /// A note for the person at the terminal: `episodegen: <message>` on standard error.
    func warn(_ message: String) {
        var output = FileDescriptorOutput(descriptor: streams.error, threshold: 0)
        output.append("episodegen: \(message)\n")
        try? output.flush()
    }

    /// Progress on long work, for a person watching: only when standard error is a terminal, so
    /// a cron job's log holds results, not progress.
    func progress(_ message: String) {
        if streams.errorIsTerminal { warn(message) }
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : "\(currentDirectory)/\(path)"
    }

    private func reasonUnreadable(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        return isDirectory.boolValue ? "it is a folder" : "permission denied"
    }
}
