#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The three standard streams as file descriptors, so tests can run the command line in-process
/// with temporary files or pipes.
public struct StandardStreams: Sendable {
    public var input: Int32
    public var output: Int32
    public var error: Int32
    /// Whether standard input is a terminal (then it is not read as a log).
    public var inputIsTerminal: Bool
    /// Whether standard error is a terminal (then long work shows its progress there).
    public var errorIsTerminal: Bool

    public init(input: Int32 = 0, output: Int32 = 1, error: Int32 = 2, inputIsTerminal: Bool? = nil, errorIsTerminal: Bool? = nil) {
        self.input = input
        self.output = output
        self.error = error
        self.inputIsTerminal = inputIsTerminal ?? (isatty(input) != 0)
        self.errorIsTerminal = errorIsTerminal ?? (isatty(error) != 0)
    }
}
