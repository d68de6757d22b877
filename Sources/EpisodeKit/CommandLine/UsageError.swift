/// A mistake on the command line: what is wrong, which flag, and what to do instead. Exit status 2.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The flag or argument at fault (`--date`, `--repo`), if one is.
    public var flag: String?
    public var message: String
    /// A suggestion, shown on its own line.
    public var hint: String?

    public init(flag: String?, message: String, hint: String? = nil) {
        self.flag = flag
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let main = flag.map { "\($0): \(message)" } ?? message
        return hint.map { "\(main)\n  hint: \($0)" } ?? main
    }
}

extension UsageError {
    /// What to write after `episodegen check`, for the errors about a missing or empty PATH.
    static let checkPathHint = "write episodegen check DIR, e.g. episodegen check Outputs/2026-06-08"

    /// `episodegen check` without PATH: the parser's check, and the command's when it runs.
    static let missingCheckPath = UsageError(flag: nil, message: "check needs the bundle folder to check", hint: checkPathHint)

    /// What to write after `episodegen approve` or `episodegen feed`.
    static func bundlePathHint(_ command: CommandKind) -> String {
        command == .feed
            ? "write episodegen feed --config FILE SHOW-FOLDER, e.g. episodegen feed --config show.json Outputs/go-tools"
            : "write episodegen approve DIR, e.g. episodegen approve Outputs/2026-06-08"
    }

    /// `approve` or `feed` without its folder.
    static func missingBundlePath(_ command: CommandKind) -> UsageError {
        let what = command == .feed ? "the show folder that holds its dated bundles" : "the bundle folder to approve"
        return UsageError(flag: nil, message: "\(command.rawValue) needs \(what)", hint: bundlePathHint(command))
    }
}
