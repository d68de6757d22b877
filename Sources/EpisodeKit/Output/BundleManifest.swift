/// The record episodegen keeps in a bundle folder (`.episodegen.json`): the digest of each file
/// as it last wrote it. A file whose bytes no longer match was edited by a person.
public struct BundleManifest: Codable, Equatable, Sendable {
    public static let fileName = ".episodegen.json"

    public var version: Int
    /// Digest by file name, as `ContentDigest.of` computes it.
    public var files: [String: String]

    public init(version: Int = 1, files: [String: String] = [:]) {
        self.version = version
        self.files = files
    }
}
