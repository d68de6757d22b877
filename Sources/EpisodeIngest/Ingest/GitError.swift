/// Why running `git` failed. Messages quote git's own words so the user sees what git said.
public enum GitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No executable named `git` in any folder of `PATH`.
    case notFound(path: String)
    /// `git` was found but could not be started.
    case launchFailed(executable: String, reason: String)
    /// `git` ran and exited with a non-zero status; `message` is its standard error, verbatim.
    case failed(status: Int32, message: String, arguments: [String])
    /// `git` was ended by a signal (killed, or out of memory); `message` is its standard error so far.
    case killed(signal: Int32, message: String, arguments: [String])
    /// `git` exited 0 but its output broke off or did not fit the machine format it was asked for.
    case unexpectedOutput(message: String)

    /// git's exit status, or `nil` when git never ran.
    public var status: Int32? {
        if case .failed(let status, _, _) = self { return status }
        return nil
    }

    public var description: String {
        switch self {
        case .notFound(let path):
            return "git was not found on PATH (\(path.isEmpty ? "PATH is empty" : path)); install git or add it to PATH"
        case .launchFailed(let executable, let reason):
            return "could not run \(executable): \(reason)"
        case .failed(let status, let message, _):
            let trimmed = message.trimmingTrailingNewlines()
            if trimmed.isEmpty { return "git exited with status \(status)" }
            return "git exited with status \(status): \(trimmed)"
        case .killed(let signal, let message, _):
            let trimmed = message.trimmingTrailingNewlines()
            let name = GitError.signalNames[signal].map { " (\($0))" } ?? ""
            return "git was killed by signal \(signal)\(name)" + (trimmed.isEmpty ? "" : ": \(trimmed)")
        case .unexpectedOutput(let message):
            return "git's output was not what episodegen asked for, so no commits were used: \(message)"
        }
    }
}

extension GitError {
    /// Names of the signals that usually end a process, for messages.
    static let signalNames: [Int32: String] = [
        1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 6: "SIGABRT", 9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM",
    ]
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
