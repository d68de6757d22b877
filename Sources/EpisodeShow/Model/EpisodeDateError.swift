/// A date that is not `YYYY-MM-DD` or not a real day.
public struct EpisodeDateError: Error, Equatable, Sendable, CustomStringConvertible {
    public var text: String
    public var description: String { "'\(text)' is not a date of the form YYYY-MM-DD" }
}
