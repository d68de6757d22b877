import Foundation
import EpisodeIngest
import EpisodeModel
import EpisodeTestSupport

/// Real logs from `../shared/corpus/`, parsed with the ingest stage's `LogParser`.
enum CorpusLog {
    /// `../shared/corpus/` beside the package root.
    static var folder: URL { TestCorpus.folder }

    static func commits(_ name: String) throws -> [Commit] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return LogParser.parse(data).commits
    }
}
