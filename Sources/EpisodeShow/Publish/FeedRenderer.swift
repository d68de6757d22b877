import EpisodeModel

/// An RSS 2.0 feed of a show's approved episodes, with the iTunes tags podcast apps require and
/// the Podcasting 2.0 transcript and chapters tags. Items newest first. Pure.
public enum FeedRenderer {
    public static let itunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    public static let podcastNamespace = "https://podcastindex.org/namespace/1.0"

    public static func render(showName: String, settings: FeedSettings, items: [FeedItem]) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<rss version=\"2.0\" xmlns:itunes=\"\(itunesNamespace)\" xmlns:podcast=\"\(podcastNamespace)\">",
            "  <channel>",
            "    <title>\(xml(showName))</title>",
            "    <link>\(xml(settings.link))</link>",
            "    <description>\(xml(settings.description ?? showName))</description>",
            "    <language>\(xml(settings.language))</language>",
            "    <itunes:author>\(xml(settings.author))</itunes:author>",
            "    <itunes:image href=\"\(xml(settings.imageURL))\"/>",
            "    <itunes:category text=\"\(xml(settings.category))\"/>",
            "    <itunes:explicit>\(settings.explicit ? "true" : "false")</itunes:explicit>",
        ]
        for item in items.sorted(by: { $0.date > $1.date }) {
            lines += [
                "    <item>",
                "      <title>\(xml(item.title))</title>",
                "      <link>\(xml(item.link))</link>",
                "      <guid isPermaLink=\"false\">\(xml(item.guid))</guid>",
                "      <pubDate>\(pubDate(item.date))</pubDate>",
                "      <description>\(xml(item.notes))</description>",
                "      <itunes:duration>\(item.durationSeconds)</itunes:duration>",
            ]
            if let enclosure = item.enclosure {
                lines.append("      <enclosure url=\"\(xml(enclosure.url))\" length=\"\(enclosure.length)\" type=\"\(xml(enclosure.type))\"/>")
            }
            lines += [
                "      <podcast:transcript url=\"\(xml(item.transcriptURL))\" type=\"text/vtt\"/>",
                "      <podcast:chapters url=\"\(xml(item.chaptersURL))\" type=\"application/json+chapters\"/>",
                "    </item>",
            ]
        }
        lines += ["  </channel>", "</rss>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 822 with a four-digit year, at midnight UTC of the episode's day: `Mon, 08 Jun 2026 00:00:00 +0000`.
    public static func pubDate(_ date: EpisodeDate) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        return "\(days[date.weekday]), \(day) \(months[date.month - 1]) \(date.year) 00:00:00 +0000"
    }

    /// Text and attribute values: `& < > " '` escaped; control characters XML 1.0 forbids are dropped.
    static func xml(_ text: String) -> String {
        MarkupEscaping.replacing(text) { scalar in
            if let entity = MarkupEscaping.escape(scalar) { return entity }
            let forbidden = (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
            return forbidden ? "" : nil
        }
    }
}
