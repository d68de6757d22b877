/// What `episodegen feed` needs to publish a show: where the bundles are served from and the
/// channel's metadata for podcast apps. Read from the configuration's `feed` object.
public struct FeedSettings: Equatable, Sendable {
    /// The URL the show folder is served at (`https://example.org/shows/tools`), without a trailing
    /// slash: a bundle's files are at `<baseURL>/<YYYY-MM-DD>/<file>`.
    public var baseURL: String
    /// The show's web page; the base URL when not given.
    public var link: String
    /// The channel description; the show name when not given.
    public var description: String?
    /// An RFC 5646 language tag: `en`, `en-US`.
    public var language: String
    /// `itunes:author`.
    public var author: String
    /// `itunes:image`: a square cover image's URL.
    public var imageURL: String
    /// `itunes:category`, one of Apple's category names (`Technology`).
    public var category: String
    /// `itunes:explicit`.
    public var explicit: Bool

    public init(
        baseURL: String, link: String? = nil, description: String? = nil, language: String = "en", author: String, imageURL: String,
        category: String, explicit: Bool = false
    ) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.link = link ?? base
        self.description = description
        self.language = language
        self.author = author
        self.imageURL = imageURL
        self.category = category
        self.explicit = explicit
    }
}
