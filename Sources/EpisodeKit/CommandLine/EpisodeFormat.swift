/// What the episode command renders (`--format`).
public enum EpisodeFormat: String, CaseIterable, Equatable, Sendable {
    case script, notes, json, ssml
}
