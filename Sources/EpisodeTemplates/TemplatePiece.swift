/// One lexical piece of a template: literal text or a tag with its inner text.
struct TemplatePiece: Sendable {
    enum Kind: Sendable {
        case text
        /// `{{ … }}`
        case output
        /// `{% … %}`
        case block
        /// `{# … #}`
        case comment
    }

    var kind: Kind
    /// The literal text for `.text`; the inner text (without markers) for tags.
    var text: String
    /// Where the piece starts (the `{` of a tag).
    var position: SourcePosition
    /// Where the inner text of a tag starts.
    var bodyPosition: SourcePosition
    /// `{%-`: remove all whitespace before the tag.
    var trimBefore: Bool = false
    /// `-%}`: remove all whitespace after the tag.
    var trimAfter: Bool = false

    /// For an include alone on its line: the line break the renderer adds after the
    /// included text (nil when the include stands inside a line or at the very end).
    var includeLineBreak: String?

    /// `{% include … %}`, which stands for text rather than structure.
    var isInclude: Bool {
        kind == .block && text.split(whereSeparator: \.isWhitespace).first == "include"
    }

    /// Block tags and comments vanish with their line when they stand alone on it;
    /// `include` is not one of them, because it puts text where it stands.
    var isLineTag: Bool {
        switch kind {
        case .comment: return true
        case .block: return !isInclude
        case .text, .output: return false
        }
    }
}
