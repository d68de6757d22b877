/// Where a bundle is in the editor's day. A manifest without a status is a draft.
public enum BundleStatus: String, Codable, Equatable, Sendable {
    /// Written by episodegen; the editor may still change it, and a rerun may refresh it.
    case draft
    /// Set by `episodegen approve`: published by `episodegen feed`, never regenerated.
    case approved
}
