import Foundation
import EpisodeKit

/// What one in-process run of the command line left: its exit status and both output streams.
struct CommandRun {
    var status: Int32
    var output: Data
    var error: String
    var outputText: String { String(decoding: output, as: UTF8.self) }

    /// Standard output of `episodegen commits` read back: one `Commit` per JSON line.
    func commits() throws -> [Commit] {
        let decoder = JSONDecoder()
        return try output.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Commit.self, from: Data($0)) }
    }
}
