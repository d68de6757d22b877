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

    public init(version: Int = 1, files: [String: String] = [:], status: BundleStatus? = nil) {
        self.version = version
        self.files = files
        self.status = status
    }

    /// The status, with a missing one read as a draft.
    public var effectiveStatus: BundleStatus { status ?? .draft }
}
