/// Audio could not be made. Exit status 10.
public enum AudioError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `espeak-ng` in `PATH`.
    case synthesizerMissing
    /// `espeak-ng` failed or wrote something that is not a WAV file.
    case synthesisFailed(reason: String)

    /// How to get audio, for the messages of `approve` with and without `--audio`.
    public static let installHint = "install espeak-ng (Debian and Ubuntu: apt-get install espeak-ng) and run episodegen approve --audio BUNDLE"

    public var description: String {
        switch self {
        case .synthesizerMissing:
            return "no audio: espeak-ng is not installed (nothing was approved)\n  hint: \(AudioError.installHint), or approve without --audio"
        case .synthesisFailed(let reason):
            return "no audio: espeak-ng failed: \(reason) (nothing was approved)"
        }
    }
}
