/// The spoken script as plain text: one paragraph per segment, one line each, a blank line
/// between, so an editor can change a paragraph without rewrapping. Control and
/// bidirectional-override characters from commits are dropped (`UnsafeCharacters`). Pure.
public enum ScriptRenderer {
    public static func render(_ episode: Episode) -> String {
        let text = episode.segments.map(\.text).joined(separator: "\n\n") + (episode.segments.isEmpty ? "" : "\n")
        return UnsafeCharacters.removed(from: text)
    }
}
