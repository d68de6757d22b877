import EpisodeModel

/// An analysis's commits by hash, held as positions in `analysis.commits` rather than copies:
/// on a whole history a dictionary of copied `AnalyzedCommit`s costs more memory than the
/// analysis itself.
struct CommitLookup: Sendable {
    private let commits: [AnalyzedCommit]
    private let positions: [String: Int]

    init(_ commits: [AnalyzedCommit]) {
        self.commits = commits
        var positions: [String: Int] = [:]
        positions.reserveCapacity(commits.count)
        // The first commit with a hash wins, as it did for the dictionary this replaces.
        for (position, commit) in commits.enumerated() where positions[commit.commit.hash] == nil {
            positions[commit.commit.hash] = position
        }
        self.positions = positions
    }

    subscript(hash: String) -> AnalyzedCommit? {
        positions[hash].map { commits[$0] }
    }
}
