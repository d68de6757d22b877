/// Reading the input failed at the operating-system level (not a parse problem).
public struct InputReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String
    public var reason: String
    public var description: String { "cannot read \(source): \(reason)" }
}
