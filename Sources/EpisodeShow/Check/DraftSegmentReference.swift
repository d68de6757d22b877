/// A segment of the draft, named for the report (e.g. one no paragraph of the edited script matches).
public struct DraftSegmentReference: Codable, Equatable, Sendable {
    /// Index in `Episode.segments`.
    public var segment: Int
    public var kind: SegmentKind
    /// Full hashes of the commits it spoke of.
    public var commits: [String]

    public init(segment: Int, kind: SegmentKind, commits: [String]) {
        self.segment = segment
        self.kind = kind
        self.commits = commits
    }
}
