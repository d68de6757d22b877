/// Someone (or a bot) who landed commits on the day.
public struct Contributor: Codable, Equatable, Sendable {
    /// Name exactly as written (mailmapped), non-ASCII kept.
    public var name: String
    /// Commits authored on the day.
    public var commits: Int
    /// Bots are counted, never narrated.
    public var isBot: Bool

    public init(name: String, commits: Int, isBot: Bool) {
        self.name = name
        self.commits = commits
        self.isBot = isBot
    }
}
