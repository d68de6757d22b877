/// One commit as the show notes list it: everything the script must not say is fine here.
public struct EpisodeCommit: Codable, Equatable, Sendable {
    public var hash: String
    /// The first seven characters of the hash.
    public var shortHash: String
    public var author: String
    /// Area id (`gopls/internal/mcp`, `docs`).
    public var area: String
    public var subject: String
    /// From the show's `commitLink` pattern, else the commit's `Reviewed-on` trailer; `nil` when neither exists.
    public var link: String?
    /// The author is a bot.
    public var isBot: Bool

    public init(hash: String, shortHash: String, author: String, area: String, subject: String, link: String?, isBot: Bool) {
        self.hash = hash
        self.shortHash = shortHash
        self.author = author
        self.area = area
        self.subject = subject
        self.link = link
        self.isBot = isBot
    }
}
