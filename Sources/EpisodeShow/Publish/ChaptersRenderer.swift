import Foundation

/// Podcasting 2.0 JSON chapters (`chapters.json`, `application/json+chapters`, format version
/// 1.2.0): a chapter where the script moves to another part (a story, the round-up, the
/// sign-off), starting when its first sentence is said. Pure.
public enum ChaptersRenderer {
    public static let fileName = "chapters.json"
    public static let formatVersion = "1.2.0"

    public struct Chapter: Codable, Equatable, Sendable {
        public var startTime: Double
        public var title: String
    }

    public struct Document: Codable, Equatable, Sendable {
        public var version: String
        public var title: String
        public var podcastName: String
        public var chapters: [Chapter]
    }

    public static func chapters(_ timeline: ScriptTimeline, episode: Episode) -> [Chapter] {
        var chapters: [Chapter] = []
        for paragraph in timeline.paragraphs {
            guard let first = paragraph.cues.first else { continue }
            // New text an editor wrote belongs to the chapter it stands in.
            guard let segment = paragraph.segment else {
                if chapters.isEmpty { chapters.append(Chapter(startTime: 0, title: episode.title)) }
                continue
            }
            let title = self.title(of: episode.segments[segment], in: episode)
            if chapters.last?.title == title { continue }
            chapters.append(Chapter(startTime: (first.start * 1000).rounded() / 1000, title: title))
        }
        return chapters
    }

    /// - Throws: an `EncodingError` if the chapters cannot be encoded.
    public static func render(_ timeline: ScriptTimeline, episode: Episode) throws -> String {
        let document = Document(
            version: formatVersion, title: episode.title, podcastName: episode.showName, chapters: chapters(timeline, episode: episode))
        return try EpisodeJSONRenderer.text(of: document)
    }

    /// A story's headline for the parts that tell stories; the part's name for the others.
    static func title(of segment: Segment, in episode: Episode) -> String {
        switch segment.kind {
        case .lead, .story, .person:
            if let hash = segment.commits.first, let story = episode.stories.first(where: { $0.commits.contains(hash) }) {
                return story.headline
            }
            return "Stories"
        case .greeting: return "Welcome"
        case .framing: return "The day in brief"
        case .roundup: return "Round-up"
        case .more: return "Also landed"
        case .focus: return "Who should care"
        case .signoff: return "Sign-off"
        }
    }
}
