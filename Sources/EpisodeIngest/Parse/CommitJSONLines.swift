import EpisodeModel
import EpisodeText

/// Writes commits as JSON Lines: one JSON object per commit, then `\n`.
///
/// Byte-identical to `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` on the
/// same `Commit`, through the one commit encoding the `analyze` JSON uses too
/// (`JSONWriter.commit`), written compactly.
public enum CommitJSONLines {
    /// Appends `commit` as one JSON object and a newline to `buffer`.
    public static func append(_ commit: Commit, to buffer: inout [UInt8]) {
        var writer = JSONWriter(layout: .compact)
        // Borrow the caller's buffer instead of copying it.
        swap(&writer.bytes, &buffer)
        writer.commit(commit)
        writer.bytes.append(UInt8(ascii: "\n"))
        swap(&writer.bytes, &buffer)
    }
}
