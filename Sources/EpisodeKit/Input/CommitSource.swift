import Foundation
import EpisodeIngest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where commits come from: a `git log` on a file descriptor (standard input or `--input`),
/// parsed by `LogParser`, or git itself run by `GitLogReader`. This is IO.
public struct CommitSource: Sendable {
    public enum Kind: Equatable, Sendable {
        /// A human-format log on an open descriptor, named `name` in messages (`stdin` or a path).
        case log(descriptor: Int32, name: String)
        /// git run with this query.
        case git(GitLogQuery)
    }

    public var kind: Kind
    /// For a log: keep only commits whose `window.field` date is in this window. For git the query
    /// carries the same window, and `GitLogReader` applies it.
    public var window: DateWindow?
    public var environment: [String: String]

    public init(kind: Kind, window: DateWindow? = nil, environment: [String: String]) {
        self.kind = kind
        self.window = window
        self.environment = environment
    }

    /// `stdin`, the file's path, or `git` for messages.
    public var name: String {
        switch kind {
        case .log(_, let name): return name
        case .git: return "git"
        }
    }

    /// Streams every commit to `emit` as soon as it is complete.
    /// - Returns: the parser's issues (lines that were not a git log); always empty for git.
    /// - Throws: `GitError`, errors reading the descriptor, whatever `emit` throws, and `UsageError`
    ///   (`--date` or `--date-field`) when a commit of the log has no absolute date in the window's
    ///   field (`--oneline`, relative dates; no committer date in medium).
    public func read(emit: (Commit) throws -> Void) throws -> [ParseIssue] {
        switch kind {
        case .git(let query):
            try GitLogReader(query: query, environment: environment).read(emit: emit)
            return []
        case .log(let descriptor, let name):
            let window = self.window
            func filtered(_ commit: Commit) throws {
                if let window {
                    guard let seconds = window.seconds(of: commit) else {
                        throw window.field == .committer
                            ? Self.noCommitterDate(commit, source: name) : Self.noAuthorDate(commit, source: name)
                    }
                    if !window.contains(seconds) { return }
                }
                try emit(commit)
            }
            var parser = LogParser()
            do {
                try DescriptorReader.forEachChunk(of: descriptor) { chunk in try parser.consume(chunk, emit: filtered) }
            } catch let failure as DescriptorReader.ReadError {
                throw InputReadError(source: name, reason: failure.reason)
            }
            try parser.finish(emit: filtered)
            return parser.issues
        }
    }

    /// The usage error for `--date` on a log whose commits carry no absolute author date
    /// (`--oneline`, `--date=relative`): dropping them silently would make a day look quiet.
    static func noAuthorDate(_ commit: Commit, source: String) -> UsageError {
        let what = commit.author?.date.map { "its date '\($0.text)' is not an absolute date" } ?? "the format has no dates"
        return UsageError(
            flag: "--date",
            message: "picking a day needs dates, but commit \(commit.hash) of \(source) has none: \(what)",
            hint: "pipe git log with absolute dates (not --oneline, not --date=relative), or leave out --date: piped input is taken whole")
    }

    /// The usage error for `--date-field committer` on a log that does not print committer dates.
    static func noCommitterDate(_ commit: Commit, source: String) -> UsageError {
        let what = commit.committer?.date.map { "its committer date '\($0.text)' is not an absolute date" }
            ?? "the format has no committer date"
        return UsageError(
            flag: "--date-field",
            message: "committer needs committer dates, but commit \(commit.hash) of \(source) has none: \(what)",
            hint: "pipe git log --format=fuller (with an absolute --date= format, or none), or use --date-field author")
    }
}
