/// The sentence of a commit message that says why a change was made, made speakable.
public struct Reason: Equatable, Sendable {
    /// Speakable text of the sentence (or of its first clause).
    public var text: String
    /// The words are exactly the author's (only whitespace and a cut at a clause boundary
    /// changed), so the script may quote them as the author's own.
    public var isVerbatim: Bool

    public init(text: String, isVerbatim: Bool) {
        self.text = text
        self.isVerbatim = isVerbatim
    }
}
