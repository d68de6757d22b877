/// Why an episode bundle was not written.
public enum BundleWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file exists that episodegen never wrote (or its manifest is missing or unreadable). Exit status 7.
    case notWrittenByEpisodegen(path: String)
    /// A rendered file's name is not a plain file name (empty, a path, `.`/`..`, the manifest).
    case invalidFileName(String)
    /// The file system refused (permissions, a full disk).
    case fileSystem(path: String, reason: String)

    /// The writer refused to overwrite a person's work (as opposed to failing).
    public var isRefusal: Bool {
        switch self {
        case .notWrittenByEpisodegen: return true
        case .invalidFileName, .fileSystem: return false
        }
    }

    public var description: String {
        switch self {
        case .notWrittenByEpisodegen(let path):
            return "refusing to overwrite \(path): episodegen did not write it (use --force to overwrite it)"
        case .invalidFileName(let name):
            return "cannot write a bundle file named '\(name)': not a plain file name"
        case .fileSystem(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
