import EpisodeIngest
import EpisodeModel
import Foundation
import EpisodeTestSupport

/// Helpers shared by the parser tests: reading corpus files, and parsing bytes in chunks.
enum ParseTestSupport {
    /// The bytes of a file of the shared corpus of real `git log` outputs (see `TestCorpus`).
    static func corpusBytes(_ name: String) throws -> [UInt8] {
        Array(try TestCorpus.data(name))
    }

    /// Parses `bytes`, fed in chunks of `chunkSize` bytes (all at once when nil).
    static func parse(_ bytes: [UInt8], chunkSize: Int? = nil) -> (commits: [Commit], issues: [ParseIssue]) {
        var parser = LogParser()
        var commits: [Commit] = []
        bytes.withUnsafeBytes { raw in
            let size = max(1, chunkSize ?? raw.count)
            var offset = 0
            while offset < raw.count {
                let end = min(raw.count, offset + size)
                try? parser.consume(UnsafeRawBufferPointer(rebasing: raw[offset..<end])) { commits.append($0) }
                offset = end
            }
        }
        try? parser.finish { commits.append($0) }
        return (commits, parser.issues)
    }

    static func parse(_ text: String, chunkSize: Int? = nil) -> (commits: [Commit], issues: [ParseIssue]) {
        parse(Array(text.utf8), chunkSize: chunkSize)
    }
}
