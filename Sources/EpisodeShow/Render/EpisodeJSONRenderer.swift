import Foundation

/// The whole episode as JSON (`--format json`; schema in Docs/EPISODE.md): sorted keys,
/// pretty-printed, slashes unescaped, so reruns are byte-identical and diffs are readable. Pure.
public enum EpisodeJSONRenderer {
    public static func render(_ episode: Episode) throws -> String {
        try text(of: episode)
    }

    /// Any value as the episode's JSON is written, ending in a newline; `check --format json` uses it too.
    static func text(of value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Reads an episode back, e.g. one an editor changed, to render it again.
    public static func decode(_ data: Data) throws -> Episode {
        try JSONDecoder().decode(Episode.self, from: data)
    }
}
