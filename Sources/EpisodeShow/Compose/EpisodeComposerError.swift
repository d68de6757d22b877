import EpisodeTemplates

/// A template failed while composing a segment: which segment, and the engine's error
/// (which names the template file, line and column).
public struct EpisodeComposerError: Error, Equatable, Sendable, CustomStringConvertible {
    public var segment: String
    public var underlying: TemplateError

    public init(segment: String, underlying: TemplateError) {
        self.segment = segment
        self.underlying = underlying
    }

    public var description: String { "while writing the \(segment) of the episode: \(underlying)" }
}
