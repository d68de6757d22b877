import EpisodeModel
import EpisodeText

/// A commit's link for the notes: the show's pattern (`{hash}`, `{short}`) or else the
/// commit's `Reviewed-on` trailer (Gerrit); `nil` when neither exists.
public struct CommitLinker: Sendable {
    public var pattern: String?

    public init(pattern: String?) {
        self.pattern = pattern
    }

    public func link(for commit: Commit) -> String? {
        if let pattern, !pattern.isEmpty {
            return pattern.replacingAll("{hash}", with: commit.hash).replacingAll("{short}", with: String(commit.hash.prefix(7)))
        }
        return commit.values(ofTrailer: "Reviewed-on").first
    }
}
