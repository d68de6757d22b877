import EpisodeModel

// Placeholder: the editorial stage is built in issue 3. The API below is fixed.

/// Decides areas, people, stories and significance for a set of commits. Pure: no IO.
public struct Analyzer: Sendable {
    public var configuration: ShowConfiguration
    /// Mailmap text (from the repository or `--mailmap`), already read by the caller.
    public var mailmap: String?

    public init(configuration: ShowConfiguration, mailmap: String? = nil) {
        self.configuration = configuration
        self.mailmap = mailmap
    }

    public func analyze(_ commits: [Commit]) -> Analysis {
        Analysis(commits: [], people: [], areas: [], stories: [])
    }
}
