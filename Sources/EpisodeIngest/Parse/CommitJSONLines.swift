import Foundation
import EpisodeModel

// TEMPORARY STUB (written by the ingest/CLI helper): the real, fast encoder is written in Parse/
// by the parser's helper and replaces this file. Same API.

/// Encodes commits as JSON Lines: one JSON object per commit, keys sorted, ended by a newline.
public enum CommitJSONLines {
    /// Appends one commit's JSON object and a newline to `buffer`.
    public static func append(_ commit: Commit, to buffer: inout [UInt8]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(commit)) ?? Data("{}".utf8)
        buffer.append(contentsOf: data)
        buffer.append(UInt8(ascii: "\n"))
    }
}
