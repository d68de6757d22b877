/// Thrown by a filter to say what it expected ("plural needs a number, got a string").
/// The engine turns it into a `TemplateError` of kind `.filterFailed` (or `.typeMismatch`
/// when `isTypeMismatch` is set) at the filter's position.
public struct TemplateFilterError: Error, Equatable, Sendable {
    public var message: String
    /// True when the input or an argument had the wrong kind of value.
    public var isTypeMismatch: Bool

    public init(_ message: String, isTypeMismatch: Bool = false) {
        self.message = message
        self.isTypeMismatch = isTypeMismatch
    }
}
