import Foundation
import EpisodeShow

/// `episodegen approve [--audio] [--force] BUNDLE`: the editor's sign-off on a bundle.
///
/// Checks the bundle's script.txt against its episode.json (as `check` does) and refuses when the
/// check finds errors, unless `--force`. Then writes the transcript (`transcript.vtt`) and the
/// chapters (`chapters.json`) of the approved script, and with `--audio` speaks it with espeak-ng
/// into `episode.wav`, whose measured length replaces the estimate in the notes, the transcript
/// and the chapters. Last, the manifest's status becomes `approved`: a run killed before that
/// leaves a draft. Approving again refreshes the files; without `--audio` it keeps an earlier
/// episode.wav and times the transcript and chapters by it.
enum ApproveCommand {
    static let audioName = "episode.wav"

    /// - Throws: `UsageError` (no bundle), `CheckInputError`, `CheckFailedError` (exit 8: the
    ///   script has errors, nothing written), `AudioError` (exit 10), `BundleWriteError`.
    static func run(_ context: CommandContext) throws {
        guard let path = context.options.bundlePath else { throw UsageError.missingBundlePath(.approve) }
        let (bundle, shown) = try bundleFolder(path, context: context)
        let episode = try CheckCommand.readEpisode(bundle.appendingPathComponent(EpisodeBundle.jsonName).path, shown: shown + "/" + EpisodeBundle.jsonName)
        let script = try CheckCommand.readScript(bundle.appendingPathComponent(EpisodeBundle.scriptName).path, shown: shown + "/" + EpisodeBundle.scriptName)
        let report = ScriptChecker().report(script: script, against: episode)
        if !report.passed {
            guard context.options.force else {
                var output = FileDescriptorOutput(descriptor: context.streams.output)
                output.append(CheckReportRenderer.text(report, scriptName: shown + "/" + EpisodeBundle.scriptName))
                try output.flush()
                throw ApprovalRefusedError(bundle: shown, errors: report.errors)
            }
            context.warn("\(shown): approving with \(report.errors == 1 ? "1 check error" : "\(report.errors) check errors") (--force)")
        }

        let writer = BundleWriter()
        var audioSeconds: Double? = nil
        var pendingAudio: URL? = nil
        if context.options.audio {
            guard let synthesizer = SpeechSynthesizer.find(in: context.environment) else { throw AudioError.synthesizerMissing }
            let temporary = bundle.appendingPathComponent(".episodegen-tmp-\(getpid())-\(audioName)")
            audioSeconds = try synthesizer.render(ssml: ssml(of: script, episode: episode, report: report), to: temporary)
            pendingAudio = temporary
        } else if let earlier = FileManager.default.contents(atPath: bundle.appendingPathComponent(audioName).path) {
            // The feed publishes the audio there is, so the transcript and chapters follow it.
            audioSeconds = WAVHeader.durationSeconds(of: Array(earlier))
        }
        defer { if let pendingAudio { try? FileManager.default.removeItem(at: pendingAudio) } }

        let rate = ScriptChecker.draftRate(of: episode)
        let timeline = ScriptTimeline(script: script, episode: episode, wordsPerMinute: rate, audioSeconds: audioSeconds)
        let files = [
            RenderedFile(name: TranscriptRenderer.fileName, contents: TranscriptRenderer.render(timeline)),
            RenderedFile(name: ChaptersRenderer.fileName, contents: try ChaptersRenderer.render(timeline, episode: episode)),
        ]
        var written = try writer.write(files, into: bundle, force: context.options.force, leavingApproved: false).written
        if let audioSeconds, let pendingAudio {
            if let notes = try measuredNotes(in: bundle, episode: episode, seconds: audioSeconds) {
                // The editor's notes are kept; only the estimated length is replaced by the measured one.
                written += try writer.write([notes], into: bundle, force: true, leavingApproved: false).written
            }
            try writer.install(pendingAudio, as: audioName, in: bundle)
            written.append(audioName)
        }
        try writer.setStatus(.approved, of: bundle)

        var message = "\(shown): approved"
        if !written.isEmpty { message += "; wrote " + written.joined(separator: ", ") }
        if let audioSeconds { message += " (\(EpisodeDuration.iso8601(seconds: Int(audioSeconds.rounded()))) of audio)" }
        context.warn(message)
        if !context.options.audio {
            if audioSeconds != nil {
                context.warn("kept \(audioName) from an earlier approve --audio; if the script changed since, run episodegen approve --audio \(shown)")
            } else if SpeechSynthesizer.find(in: context.environment) == nil {
                context.warn("no audio: \(AudioError.installHint)")
            } else {
                context.warn("for audio, run episodegen approve --audio \(shown)")
            }
        }
    }

    /// The bundle folder (absolute) and as the user wrote it; it must hold a manifest.
    static func bundleFolder(_ path: String, context: CommandContext) throws -> (URL, String) {
        var shown = path
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        let folder = URL(fileURLWithPath: context.absolute(shown), isDirectory: true)
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(BundleManifest.fileName).path) else {
            throw UsageError(
                flag: path, message: "not an episode bundle (no \(BundleManifest.fileName))",
                hint: "give a bundle folder written by episodegen --output, e.g. Outputs/2026-06-08")
        }
        return (folder, shown)
    }

    /// The SSML to speak: the draft's own (with its emphasis) when the script is unedited, else
    /// the edited paragraphs, each with the pause of the part it came from.
    static func ssml(of script: String, episode: Episode, report: CheckReport) -> String {
        if script == ScriptRenderer.render(episode) { return SSMLRenderer.render(episode) }
        var edited = episode
        edited.segments = zip(ScriptParagraph.paragraphs(of: script), report.paragraphs).map { paragraph, match in
            Segment(kind: match.kind ?? .story, text: paragraph.text, commits: match.commits)
        }
        return SSMLRenderer.render(edited)
    }

    /// notes.md with the draft's estimated length replaced by the measured one; `nil` when the
    /// notes are missing or no longer state the estimate.
    static func measuredNotes(in bundle: URL, episode: Episode, seconds: Double) throws -> RenderedFile? {
        guard let data = FileManager.default.contents(atPath: bundle.appendingPathComponent(EpisodeBundle.notesName).path) else { return nil }
        let notes = String(decoding: data, as: UTF8.self)
        let estimate = " · \(episode.duration)\n"
        guard let range = notes.range(of: estimate) else { return nil }
        let measured = " · \(EpisodeDuration.iso8601(seconds: Int(seconds.rounded())))\n"
        return RenderedFile(name: EpisodeBundle.notesName, contents: notes.replacingCharacters(in: range, with: measured))
    }
}
