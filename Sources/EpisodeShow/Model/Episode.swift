/// One day's episode: the script as ordered segments with provenance, and the notes metadata.
///
/// Built by `EpisodeComposer` (pure) and turned into text by the renderers. Codable so that
/// `--format json` is this value, and so renderers can be tested without git.
public struct Episode: Codable, Equatable, Sendable {
    /// Version of this JSON shape (Docs/EPISODE.md); bump on incompatible changes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var showName: String
    /// `YYYY-MM-DD`.
    public var date: String
    /// How the host says the date: "Monday, June eighth, 2026".
    public var spokenDate: String
    /// How the notes print the date: "Monday, June 8, 2026".
    public var writtenDate: String
    /// The headline of the day (the lead story's), for the notes' title.
    public var title: String
    /// One written paragraph for the notes.
    public var summary: String
    /// Words in the script.
    public var wordCount: Int
    /// Estimated from `wordCount` at the configuration's words per minute, rounded to the second.
    public var durationSeconds: Int
    /// `durationSeconds` as ISO 8601: `PT1M40S`.
    public var duration: String
    /// People first (most commits, then name), then bots.
    public var contributors: [Contributor]
    /// The script, in order.
    public var segments: [Segment]
    /// Stories in rank order.
    public var stories: [EpisodeStory]
    /// Every commit of the day, in input order.
    public var commits: [EpisodeCommit]
    /// Other people the input names: committers and people in trailers (reviewers, reporters,
    /// co-authors) who are not among the contributors; `nil` when there are none. An editor may name them.
    public var otherPeople: [String]?

    public init(
        schemaVersion: Int = Episode.currentSchemaVersion, showName: String, date: String, spokenDate: String, writtenDate: String,
        title: String, summary: String, wordCount: Int, durationSeconds: Int, duration: String, contributors: [Contributor],
        segments: [Segment], stories: [EpisodeStory], commits: [EpisodeCommit], otherPeople: [String]? = nil
    ) {
        self.otherPeople = otherPeople
        self.schemaVersion = schemaVersion
        self.showName = showName
        self.date = date
        self.spokenDate = spokenDate
        self.writtenDate = writtenDate
        self.title = title
        self.summary = summary
        self.wordCount = wordCount
        self.durationSeconds = durationSeconds
        self.duration = duration
        self.contributors = contributors
        self.segments = segments
        self.stories = stories
        self.commits = commits
    }
}
