import EpisodeModel

// Placeholder: the streaming parser is built in issue 2. The API below is fixed.

/// A problem found in the input, with its 1-based line number.
public struct ParseIssue: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
    public var description: String { "line \(line): \(message)" }
}

/// Streaming parser for human-readable `git log` output: bytes in, `Commit`s out.
public struct LogParser {
    /// Problems found so far that did not stop parsing (stray lines, a cut-off commit).
    public private(set) var issues: [ParseIssue] = []

    public init() {}

    /// Feeds the next chunk of bytes; emits every commit that is complete.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer, emit: (Commit) throws -> Void) throws {}

    /// Ends the input; emits the last commit.
    public mutating func finish(emit: (Commit) throws -> Void) throws {}
}
