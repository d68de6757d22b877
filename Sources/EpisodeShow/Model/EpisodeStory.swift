/// A story as the show notes list it: a headline, who, and the commits with links.
public struct EpisodeStory: Codable, Equatable, Sendable {
    /// `Story.id` from the analysis.
    public var id: String
    /// 1 for the lead.
    public var rank: Int
    /// Written (not spoken) headline, e.g. `gopls/internal/mcp: fix reporting in go_diagnostics tool`.
    public var headline: String
    /// Author names, most commits first.
    public var authors: [String]
    /// Full hashes, lead commit first.
    public var commits: [String]
    /// Issues the story's commits refer to, in order.
    public var issues: [EpisodeIssue]
    /// Told in full in the script (lead, story, person segments) rather than only counted.
    public var toldInFull: Bool

    public init(id: String, rank: Int, headline: String, authors: [String], commits: [String], issues: [EpisodeIssue], toldInFull: Bool) {
        self.id = id
        self.rank = rank
        self.headline = headline
        self.authors = authors
        self.commits = commits
        self.issues = issues
        self.toldInFull = toldInFull
    }
}
