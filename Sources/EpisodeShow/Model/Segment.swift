import EpisodeModel

/// One paragraph of the script, with the commits it speaks of (its provenance).
public struct Segment: Codable, Equatable, Sendable {
    public var kind: SegmentKind
    /// Speakable text: no hashes, URLs, e-mail addresses or raw paths.
    public var text: String
    /// Full hashes of the commits this segment talks about, in the order it mentions them.
    public var commits: [String]
    /// Parts of `text` to stress when spoken (SSML `<emphasis>`).
    public var emphasis: [EmphasisSpan]
    /// The commit-message sentences this segment tells (verbatim, with their commit and offsets
    /// in its body), or `nil` when it tells none.
    public var messageSentences: [StorySentence]?

    public init(kind: SegmentKind, text: String, commits: [String] = [], emphasis: [EmphasisSpan] = [], messageSentences: [StorySentence]? = nil) {
        self.kind = kind
        self.text = text
        self.commits = commits
        self.emphasis = emphasis
        self.messageSentences = messageSentences
    }
}
