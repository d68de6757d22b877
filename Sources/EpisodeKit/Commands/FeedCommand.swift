import Foundation
import EpisodeAnalysis
import EpisodeShow

/// `episodegen feed --config FILE SHOW-FOLDER`: the RSS feed of the show's approved episodes on
/// standard output. SHOW-FOLDER holds one bundle folder a day (`YYYY-MM-DD`); drafts are left out,
/// and so is an approved bundle missing its transcript or chapters (with a warning). The channel
/// comes from the configuration's `feed` object; a bundle's files are at `<baseURL>/<date>/<file>`.
enum FeedCommand {
    /// - Throws: `UsageError` (no folder), `ConfigurationError` (no `feed` object),
    ///   `CheckInputError` (an approved bundle's episode.json is unreadable).
    static func run(_ context: CommandContext) throws {
        guard let path = context.options.bundlePath else { throw UsageError.missingBundlePath(.feed) }
        let configuration = try context.loadConfiguration()
        guard let settings = configuration.feed else {
            throw ConfigurationError(
                file: context.options.configFile ?? "(no --config)", keyPath: "feed",
                message: "episodegen feed needs a \"feed\" object with baseURL, author, imageURL and category (see Docs/ANALYSIS.md)")
        }
        var shown = path
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        let folder = URL(fileURLWithPath: context.absolute(shown), isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw UsageError(flag: path, message: "cannot read the folder", hint: "give the show folder that holds the dated bundles, e.g. Outputs/go-tools")
        }
        var items: [FeedItem] = []
        for name in names.sorted() {
            guard let date = try? EpisodeDate(name) else { continue }
            let bundle = folder.appendingPathComponent(name, isDirectory: true)
            guard BundleWriter().manifest(of: bundle)?.effectiveStatus == .approved else { continue }
            if let item = try item(date: date, bundle: bundle, shown: "\(shown)/\(name)", settings: settings, context: context) {
                items.append(item)
            }
        }
        var output = FileDescriptorOutput(descriptor: context.streams.output)
        output.append(FeedRenderer.render(showName: configuration.showName, settings: settings, items: items))
        try output.flush()
        context.warn("\(shown): \(items.count == 1 ? "1 approved episode" : "\(items.count) approved episodes") in the feed")
    }

    private static func item(date: EpisodeDate, bundle: URL, shown: String, settings: FeedSettings, context: CommandContext) throws -> FeedItem? {
        let episode = try CheckCommand.readEpisode(bundle.appendingPathComponent(EpisodeBundle.jsonName).path, shown: "\(shown)/\(EpisodeBundle.jsonName)")
        let manager = FileManager.default
        for name in [TranscriptRenderer.fileName, ChaptersRenderer.fileName] where !manager.fileExists(atPath: bundle.appendingPathComponent(name).path) {
            context.warn("\(shown): left out of the feed: no \(name) (run episodegen approve \(shown) again)")
            return nil
        }
        let notes = manager.contents(atPath: bundle.appendingPathComponent(EpisodeBundle.notesName).path).map { String(decoding: $0, as: UTF8.self) } ?? episode.summary
        let base = "\(settings.baseURL)/\(date)"
        var duration = episode.durationSeconds
        if let script = manager.contents(atPath: bundle.appendingPathComponent(EpisodeBundle.scriptName).path) {
            let words = EpisodeDuration.wordCount(String(decoding: script, as: UTF8.self))
            duration = EpisodeDuration.seconds(words: words, wordsPerMinute: ScriptChecker.draftRate(of: episode))
        }
        var enclosure: FeedItem.Enclosure? = nil
        if let audio = manager.contents(atPath: bundle.appendingPathComponent(ApproveCommand.audioName).path),
           let seconds = WAVHeader.durationSeconds(of: Array(audio)) {
            duration = Int(seconds.rounded())
            enclosure = FeedItem.Enclosure(url: "\(base)/\(ApproveCommand.audioName)", length: audio.count, type: "audio/wav")
        }
        return FeedItem(
            date: date, title: episode.title, notes: notes, durationSeconds: duration, guid: "\(settings.baseURL)/\(date)/",
            link: settings.link, enclosure: enclosure,
            transcriptURL: "\(base)/\(TranscriptRenderer.fileName)", chaptersURL: "\(base)/\(ChaptersRenderer.fileName)")
    }
}
