import Foundation

/// The whole command line as a library call, so tests run it in-process. `main.swift` only calls
/// `run` and exits with its result.
public enum EpisodeCommandLine {
    /// Parses `arguments`, runs the command, prints errors as `episodegen: ...` on standard error.
    /// - Parameters:
    ///   - arguments: the arguments after the program name.
    ///   - environment: `PATH` (to find git), `TZ`, and what git should see.
    ///   - streams: standard input, output and error as file descriptors.
    ///   - now: the clock, for `--date today` and `yesterday`.
    ///   - currentDirectory: relative paths are taken from here.
    /// - Returns: the exit status (see `ExitStatus`).
    public static func run(
        arguments: [String],
        environment: [String: String] = ProcessInfo.processInfo.environment,
        streams: StandardStreams = StandardStreams(),
        now: Date = Date(),
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> Int32 {
        do {
            switch try CommandLineParser.parse(arguments) {
            case .version:
                try print(HelpText.version + "\n", to: streams.output)
            case .help(let command):
                try print(HelpText.text(for: command), to: streams.output)
            case .run(let command, let options):
                let context = CommandContext(
                    command: command, options: options, environment: environment, streams: streams, now: now,
                    currentDirectory: currentDirectory)
                switch command {
                case .commits: try CommitsCommand.run(context)
                case .analyze: try AnalyzeCommand.run(context)
                case .episode: try EpisodeCommand.run(context)
                case .check: try CheckCommand.run(context)
                case .nightly: try NightlyCommand.run(context)
                case .approve: try ApproveCommand.run(context)
                case .feed: try FeedCommand.run(context)
                case .help: try print(HelpText.text(for: nil), to: streams.output)
                }
            }
            return ExitStatus.success
        } catch {
            report(error, to: streams.error)
            return ExitStatus.code(for: error)
        }
    }

    private static func report(_ error: Error, to descriptor: Int32) {
        let lines: [String]
        if let input = error as? UnparseableInputError {
            lines = input.lines
        } else {
            lines = ["\(error)"]
        }
        let text = lines.map { "episodegen: \($0)\n" }.joined()
        try? print(text, to: descriptor)
    }

    private static func print(_ text: String, to descriptor: Int32) throws {
        var output = FileDescriptorOutput(descriptor: descriptor, threshold: 0)
        output.append(text)
        try output.flush()
    }
}
