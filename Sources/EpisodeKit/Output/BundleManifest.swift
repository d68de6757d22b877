/// The record episodegen keeps in a bundle folder (`.episodegen.json`): the digest of each file
/// as it last wrote it (a file whose bytes no longer match was edited by a person), and the
/// bundle's status.
public struct BundleManifest: Codable, Equatable, Sendable {
    public static let fileName = ".episodegen.json"

    public var version: Int
    /// Digest by file name, as `ContentDigest.of` computes it.
    public var files: [String: String]
    /// `nil` (the key is left out) is a draft; `episodegen approve` sets `approved`.
    public var status: BundleStatus?
    /// Digests of files a write was putting in place when it stopped. A run killed between two
    /// renames leaves some files new: they are still episodegen's, not a person's edit.
    public var pending: [String: String]?
    /// The commits the draft was made from, so a later run can say which ones came or went.
    public var commits: [BundleCommit]?

    public init(
        version: Int = 1, files: [String: String] = [:], status: BundleStatus? = nil, pending: [String: String]? = nil,
        commits: [BundleCommit]? = nil
    ) {
        self.version = version
        self.files = files
        self.status = status
        self.pending = pending
        self.commits = commits
    }

    /// The status, with a missing one read as a draft.
    public var effectiveStatus: BundleStatus { status ?? .draft }

    /// Whether `digest` is what episodegen wrote (or was writing) as `name`.
    func wrote(_ digest: String, as name: String) -> Bool {
        files[name] == digest || pending?[name] == digest
    }
}
