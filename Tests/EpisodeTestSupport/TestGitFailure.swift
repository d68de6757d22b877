/// A git command a test ran to build its repository failed: the arguments and git's standard error.
public struct TestGitFailure: Error, CustomStringConvertible {
    public var arguments: [String]
    public var message: String
    public var description: String { "git \(arguments.joined(separator: " ")) failed: \(message)" }
}
