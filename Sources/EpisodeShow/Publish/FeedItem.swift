/// One approved episode as the feed lists it. URLs are absolute.
public struct FeedItem: Equatable, Sendable {
    /// An audio file: its URL, size in bytes and MIME type.
    public struct Enclosure: Equatable, Sendable {
        public var url: String
        public var length: Int
        public var type: String

        public init(url: String, length: Int, type: String) {
            self.url = url
            self.length = length
            self.type = type
        }
    }

    public var date: EpisodeDate
    public var title: String
    /// The show notes (Markdown), the item's description.
    public var notes: String
    /// The measured audio length, else the estimate.
    public var durationSeconds: Int
    /// A stable id that does not change when the episode is republished.
    public var guid: String
    public var link: String
    public var enclosure: Enclosure?
    public var transcriptURL: String
    public var chaptersURL: String

    public init(
        date: EpisodeDate, title: String, notes: String, durationSeconds: Int, guid: String, link: String, enclosure: Enclosure?,
        transcriptURL: String, chaptersURL: String
    ) {
        self.date = date
        self.title = title
        self.notes = notes
        self.durationSeconds = durationSeconds
        self.guid = guid
        self.link = link
        self.enclosure = enclosure
        self.transcriptURL = transcriptURL
        self.chaptersURL = chaptersURL
    }
}
