/// Writing to a standard stream failed (a closed pipe, a full disk).
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "cannot write output: \(message)" }
}
