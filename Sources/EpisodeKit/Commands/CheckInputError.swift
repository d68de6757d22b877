/// `episodegen check` could not read the bundle it was pointed at. Exit status 3.
public enum CheckInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bundle folder has no episode.json: it was not written by `episodegen --output`.
    /// `bundles` are dated bundle folders found inside it (PATH was the `--output` folder itself).
    case missingEpisode(path: String, bundles: [String] = [])
    /// episode.json is there but is not an episode (not JSON, a missing key, a wrong type).
    case undecodableEpisode(path: String, reason: String)
    /// The script cannot be read.
    case unreadableScript(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingEpisode(let path, let bundles):
            let main = "\(path) does not exist: check needs the episode.json of a bundle written by 'episodegen --output DIR'"
            guard let newest = bundles.last else { return main }
            return main + "\n  hint: --output DIR writes one folder a day; the newest here is \(newest)"
        case .undecodableEpisode(let path, let reason):
            return "\(path) is not an episode: \(reason)"
        case .unreadableScript(let path, let reason):
            return "cannot read \(path): \(reason)"
        }
    }
}
