/// How a paragraph of the edited script relates to the draft.
public enum ParagraphStatus: String, Codable, Equatable, Hashable, Sendable {
    /// Word for word a segment of the draft (spacing aside).
    case unchanged
    /// Close enough to one segment to carry its commits, but changed.
    case edited
    /// Like no segment of the draft: text nobody traced to a commit.
    case new
}
