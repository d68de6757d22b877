/// A problem found in the input, with its 1-based line number.
///
/// The parser never stops at a problem: it records one of these and goes on, so the caller
/// decides what to do (the CLI prints them as `episodegen: <input>:<line>: <message>`).
public struct ParseIssue: Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number in the input (after UTF-16 input was converted to UTF-8).
    public var line: Int
    /// What is wrong, written for the person who made the input.
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
