/// An issue a story refers to, for the notes.
public struct EpisodeIssue: Codable, Equatable, Sendable {
    /// `fixes`, `updates`, `for`, ... as the commit message said it.
    public var relation: String
    /// `golang/go#79892` or `#12`.
    public var label: String
    /// From the show's `issueLink` pattern (`{repository}`, `{number}`); `nil` without one.
    public var link: String?

    public init(relation: String, label: String, link: String?) {
        self.relation = relation
        self.label = label
        self.link = link
    }
}
