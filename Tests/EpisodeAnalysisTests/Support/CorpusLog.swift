import Foundation
import EpisodeIngest
import EpisodeModel
import EpisodeTestSupport

/// Real logs from `Tests/Fixtures/corpus/`, parsed with the ingest stage's `LogParser`.
enum CorpusLog {
    static func commits(_ name: String) throws -> [Commit] {
        let data = try TestCorpus.data(name)
        return LogParser.parse(data).commits
    }
}
