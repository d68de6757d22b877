/// One paragraph of the edited script and the draft segment it came from, if any.
public struct ParagraphMatch: Codable, Equatable, Sendable {
    /// 1-based first and last line of the paragraph in the edited script.
    public var line: Int
    public var lastLine: Int
    public var status: ParagraphStatus
    /// Index of the matched segment in `Episode.segments`; `nil` for new text.
    public var segment: Int?
    /// The matched segment's kind.
    public var kind: SegmentKind?
    /// The matched segment's commits (full hashes): the provenance the paragraph keeps.
    public var commits: [String]
    /// How alike the paragraph and the segment are, 0 to 100 (100 for unchanged text).
    public var similarity: Int

    public init(line: Int, lastLine: Int, status: ParagraphStatus, segment: Int?, kind: SegmentKind?, commits: [String], similarity: Int) {
        self.line = line
        self.lastLine = lastLine
        self.status = status
        self.segment = segment
        self.kind = kind
        self.commits = commits
        self.similarity = similarity
    }
}
