import EpisodeModel

/// What a commit's message says about itself by convention: its area prefixes, its
/// Conventional Commits header, the topic a merge brings in, what a revert reverts.
public struct CommitConvention: Equatable, Sendable {
    /// Go-style or git-style subject prefixes, in order (`["go/analysis", "gopls"]`).
    public var prefixes: [String] = []
    public var conventional: ConventionalCommit?
    /// The topic branch of a merge (`ps/odb-make-creation-pluggable`).
    public var topic: String?
    /// The branch a topic was merged into, when the subject says (`maint-2.54`).
    public var mergedInto: String?
    /// The subjects a merge lists under `* topic:`.
    public var topicSubjects: [String] = []
    /// The merge message's description paragraphs, joined into one.
    public var topicDescription: String?
    /// The subject a revert names (`Revert "x"` or `revert: "x"`).
    public var revertedSubject: String?
    /// Hashes (full or abbreviated) from `This reverts commit <hash>.`
    public var revertedHashes: [String] = []
    /// Hashes a squash merge's list of commits says are reverted (`* Revert "x"` ... `This reverts
    /// commit <hash>.`): a revert of earlier work only when the hash is in the input, else of
    /// a commit of the pull request itself. `Analyzer` moves the ones it finds to `revertedHashes`.
    public var squashedRevertedHashes: [String] = []
    /// The subject without its prefix or header: what a host reads.
    public var summary: String

    public init(summary: String) {
        self.summary = summary
    }

    public var isRevert: Bool { revertedSubject != nil || !revertedHashes.isEmpty }
}
