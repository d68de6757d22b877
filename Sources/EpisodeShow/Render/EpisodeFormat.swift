/// The renderings of `--format`, one renderer each.
public enum EpisodeFormat: String, CaseIterable, Sendable {
    case script, notes, json, ssml

    /// The episode as this format's text.
    /// - Throws: an `EncodingError` for `json` if the episode cannot be encoded.
    public func render(_ episode: Episode) throws -> String {
        switch self {
        case .script: return ScriptRenderer.render(episode)
        case .notes: return NotesRenderer.render(episode)
        case .json: return try EpisodeJSONRenderer.render(episode)
        case .ssml: return SSMLRenderer.render(episode)
        }
    }
}
