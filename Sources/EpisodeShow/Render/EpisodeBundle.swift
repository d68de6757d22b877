import EpisodeModel

/// The files of an episode bundle for `--output DIR`, written by the CLI's BundleWriter. Pure.
public enum EpisodeBundle {
    /// File names inside the bundle folder.
    public static let scriptName = "script.txt"
    public static let notesName = "notes.md"
    public static let jsonName = "episode.json"
    public static let ssmlName = "episode.ssml"

    /// script.txt, notes.md, episode.json and episode.ssml, in that order.
    /// - Throws: an `EncodingError` if the episode cannot be encoded as JSON.
    public static func files(for episode: Episode) throws -> [RenderedFile] {
        [
            RenderedFile(name: scriptName, contents: ScriptRenderer.render(episode)),
            RenderedFile(name: notesName, contents: NotesRenderer.render(episode)),
            RenderedFile(name: jsonName, contents: try EpisodeJSONRenderer.render(episode)),
            RenderedFile(name: ssmlName, contents: SSMLRenderer.render(episode)),
        ]
    }

    /// The four files of `files(for:)` and the review page, which also shows the analysis's scores.
    /// - Throws: an `EncodingError` if the episode cannot be encoded as JSON.
    public static func files(for episode: Episode, analysis: Analysis) throws -> [RenderedFile] {
        try files(for: episode) + [RenderedFile(name: ReviewPageRenderer.fileName, contents: try ReviewPageRenderer.render(episode, analysis: analysis))]
    }
}
