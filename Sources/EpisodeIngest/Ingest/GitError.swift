/// Why running `git` failed. Messages quote git's own words so the user sees what git said.
public enum GitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No executable named `git` in any folder of `PATH`.
    case notFound(path: String)
    /// `git` was found but could not be started.
    case launchFailed(executable: String, reason: String)
    /// `git` ran and exited with a non-zero status; `message` is its standard error, verbatim.
    case failed(status: Int32, message: String, arguments: [String])

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
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while let last = text.last, last == "\n" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
