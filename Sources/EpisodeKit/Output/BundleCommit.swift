/// One commit a draft was made from, as the manifest keeps it: enough to name it to an editor.
public struct BundleCommit: Codable, Equatable, Hashable, Sendable {
    public var hash: String
    public var subject: String

    public init(hash: String, subject: String) {
        self.hash = hash
        self.subject = subject
    }

    /// The short hash and the subject: `9781f9a fix internal error`.
    public var line: String { "\(hash.prefix(7)) \(subject)" }
}
