import EpisodeIngest

/// The input was not (all) a git log: the parser's issues, with the input's name. Exit status 3.
public struct UnparseableInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `stdin` or the `--input` path.
    public var source: String
    public var issues: [ParseIssue]

    public init(source: String, issues: [ParseIssue]) {
        self.source = source
        self.issues = issues
    }

    /// One line per issue: `<source>:<line>: <message>`.
    public var lines: [String] { issues.map { "\(source):\($0.line): \($0.message)" } }

    public var description: String { lines.joined(separator: "\n") }
}
