/// A stretch of a segment's text that a template marked for emphasis.
///
/// Offsets count Unicode scalars from the start of the segment's text, so every
/// language's string library can slice with them after a little conversion.
public struct EmphasisSpan: Codable, Equatable, Hashable, Sendable {
    public var start: Int
    public var length: Int

    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }
}
