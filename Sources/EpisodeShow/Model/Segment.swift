/// One paragraph of the script, with the commits it speaks of (its provenance).
public struct Segment: Codable, Equatable, Sendable {
    public var kind: SegmentKind
    /// Speakable text: no hashes, URLs, e-mail addresses or raw paths.
    public var text: String
    /// Full hashes of the commits this segment talks about, in the order it mentions them.
    public var commits: [String]
    /// Parts of `text` to stress when spoken (SSML `<emphasis>`).
    public var emphasis: [EmphasisSpan]

    public init(kind: SegmentKind, text: String, commits: [String] = [], emphasis: [EmphasisSpan] = []) {
        self.kind = kind
        self.text = text
        self.commits = commits
        self.emphasis = emphasis
    }
}
