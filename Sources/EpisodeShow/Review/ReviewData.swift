import EpisodeModel

/// What the review page's script reads when a sentence is clicked: each sentence of the script
/// and the commits behind it, with their scores and messages. Embedded in review.html as JSON.
public struct ReviewData: Codable, Equatable, Sendable {
    /// A sentence of the script, in order; `id` is its place (the page's `#click=N`).
    public struct Sentence: Codable, Equatable, Sendable {
        public var id: Int
        /// Index of its segment in `Episode.segments`.
        public var segment: Int
        public var kind: SegmentKind
        /// The segment's commits: provenance is recorded per paragraph, so every sentence of a
        /// paragraph shows the commits the paragraph speaks of.
        public var commits: [String]
        /// Those of `commits` whose summary this sentence says (most of its longer words), shown first.
        public var named: [String]
    }

    /// One weighed signal of a commit's score.
    public struct Reason: Codable, Equatable, Sendable {
        public var signal: Signal
        public var points: Double
        public var detail: String
    }

    /// A sentence of a commit message, and whether the script says it.
    public struct MessageSentence: Codable, Equatable, Sendable {
        public var text: String
        public var used: Bool
    }

    /// A commit as the review panel shows it. Every string is the commit's own text: the page
    /// puts it into the document as text, never as markup.
    public struct Commit: Codable, Equatable, Sendable {
        public var hash: String
        public var shortHash: String
        public var subject: String
        public var author: String
        public var area: String
        public var category: String
        public var link: String?
        public var score: Double
        public var reasons: [Reason]
        public var message: [MessageSentence]
    }

    public var sentences: [Sentence]
    /// By full hash.
    public var commits: [String: Commit]
}
