/// What the user asked for, after parsing the arguments.
public enum ParsedCommandLine: Equatable, Sendable {
    /// Run a command with its options.
    case run(CommandKind, CommandOptions)
    /// Print the help of a command (`nil`: the overview).
    case help(CommandKind?)
    /// Print the version.
    case version
}
