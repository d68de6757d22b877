import EpisodeModel

extension Commit {
    /// `trailerValues(_:)` without making lowercase copies of every key: ASCII keys are compared
    /// ignoring ASCII case, which is what lowercasing both sides does for them.
    func values(ofTrailer key: String) -> [String] {
        var values: [String] = []
        for trailer in trailers where ASCIIText.equalIgnoringCase(trailer.key, key) { values.append(trailer.value) }
        return values
    }
}
