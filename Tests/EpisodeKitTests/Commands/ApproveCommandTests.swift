import Foundation
import Testing
@testable import EpisodeKit
import EpisodeShow
import EpisodeTestSupport

/// `episodegen approve` on real bundles of the bundled sample.
@Suite struct ApproveCommandTests {
    /// PATH without espeak-ng (nor anything else).
    static let noSynthesizer = ["PATH": "/nonexistent", "TZ": "UTC"]

    @Test func approvingWritesTranscriptAndChaptersThenTheStatus() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let bundle = try fixture.draft()
        #expect(try fixture.manifest(bundle)["status"] == nil, "a new bundle is a draft: no status key")

        let run = try fixture.run(["approve", bundle], environment: Self.noSynthesizer)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.contains("\(bundle): approved; wrote transcript.vtt, chapters.json"))
        #expect(run.error.contains("no audio: install espeak-ng (Debian and Ubuntu: apt-get install espeak-ng)"))
        let manifest = try fixture.manifest(bundle)
        #expect(manifest["status"] as? String == "approved")
        let files = try #require(manifest["files"] as? [String: String])
        #expect(Set(files.keys) == ["script.txt", "notes.md", "episode.json", "episode.ssml", "review.html", "transcript.vtt", "chapters.json"])
        let transcript = try WebVTTDocument(parsing: fixture.text(bundle + "/transcript.vtt"))
        #expect(transcript.cues.first?.text == "Hello and welcome to Go Tools Daily for Monday, June eighth, 2026.")
        let chapters = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.url(bundle + "/chapters.json"))) as? [String: Any]
        #expect(chapters?["version"] as? String == "1.2.0")
        #expect((chapters?["chapters"] as? [[String: Any]])?.first?["title"] as? String == "Welcome")

        // Approving again changes nothing.
        let again = try fixture.run(["approve", bundle], environment: Self.noSynthesizer)
        #expect(again.status == 0)
        #expect(again.error.contains("\(bundle): approved\n"))
    }

    @Test func aScriptWithCheckErrorsIsNotApprovedWithoutForce() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let bundle = try fixture.draft()
        let script = fixture.url(bundle + "/script.txt")
        let edited = try fixture.text(bundle + "/script.txt").replacingOccurrences(of: "landed six changes", with: "landed seven changes")
        try Data(edited.utf8).write(to: script)

        let refused = try fixture.run(["approve", bundle], environment: Self.noSynthesizer)
        #expect(refused.status == ExitStatus.checkFailed)
        #expect(refused.outputText.contains("number not in the draft: 'seven'"))
        #expect(refused.error.contains("\(bundle): not approved: the check found 1 error in script.txt"))
        #expect(refused.error.contains("approve it as it is with --force"))
        #expect(try fixture.manifest(bundle)["status"] == nil)
        #expect(!FileManager.default.fileExists(atPath: fixture.url(bundle + "/transcript.vtt").path))

        let forced = try fixture.run(["approve", "--force", bundle], environment: Self.noSynthesizer)
        #expect(forced.status == 0, "\(forced.error)")
        #expect(forced.error.contains("approving with 1 check error (--force)"))
        #expect(try fixture.manifest(bundle)["status"] as? String == "approved")
        // The transcript is of the approved (edited) script.
        #expect(try WebVTTDocument(parsing: fixture.text(bundle + "/transcript.vtt")).cues.contains { $0.text.contains("landed seven changes") })
    }

    @Test func audioWithoutASynthesizerApprovesNothingAndSaysHowToGetIt() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let bundle = try fixture.draft()
        let run = try fixture.run(["approve", "--audio", bundle], environment: Self.noSynthesizer)
        #expect(run.status == ExitStatus.audioFailed)
        #expect(run.error.contains("espeak-ng is not installed (nothing was approved)"))
        #expect(run.error.contains("apt-get install espeak-ng"))
        #expect(try fixture.manifest(bundle)["status"] == nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.url(bundle).path)
        #expect(!names.contains("episode.wav"))
        #expect(!names.contains { $0.hasPrefix(".episodegen-tmp-") })
    }

    @Test(.enabled(if: ExternalTool.runs("espeak-ng"), "espeak-ng is not installed (apt-get install espeak-ng); CI installs it and runs this test"))
    func audioIsSpokenMeasuredAndReplacesTheEstimate() throws {
        try #require(ExternalTool.path("espeak-ng") != nil, Comment(rawValue: ExternalTool.missing("espeak-ng", package: "espeak-ng")))
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let bundle = try fixture.draft()
        // The draft's estimate, from its word count.
        let draft = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.url(bundle + "/episode.json"))) as? [String: Any]
        let estimate = try #require(draft?["duration"] as? String)
        #expect(try fixture.text(bundle + "/notes.md").contains(" · \(estimate)\n"))

        let run = try fixture.run(["approve", "--audio", bundle])
        #expect(run.status == 0, "\(run.error)")
        let wav = try Data(contentsOf: fixture.url(bundle + "/episode.wav"))
        let seconds = try #require(WAVHeader.durationSeconds(of: Array(wav)))
        #expect(seconds > 30 && seconds < 300, "\(seconds) s of audio for a script of about a minute and a half")
        let measured = EpisodeDuration.iso8601(seconds: Int(seconds.rounded()))
        #expect(run.error.contains("wrote transcript.vtt, chapters.json, notes.md, episode.wav (\(measured) of audio)"))
        #expect(try fixture.text(bundle + "/notes.md").contains(" · \(measured)\n"))
        let transcript = try WebVTTDocument(parsing: fixture.text(bundle + "/transcript.vtt"))
        #expect(abs((transcript.cues.last?.end ?? 0) - seconds) < 0.01)
        let files = try #require(try fixture.manifest(bundle)["files"] as? [String: String])
        #expect(files["episode.wav"] == ContentDigest.of(wav))
        #expect(try fixture.manifest(bundle)["status"] as? String == "approved")

        // Approving again without --audio keeps the audio and its timing.
        let again = try fixture.run(["approve", bundle])
        #expect(again.status == 0, "\(again.error)")
        #expect(again.error.contains("kept episode.wav from an earlier approve --audio"))
        #expect(try Data(contentsOf: fixture.url(bundle + "/episode.wav")) == wav)
        #expect(abs((try WebVTTDocument(parsing: fixture.text(bundle + "/transcript.vtt")).cues.last?.end ?? 0) - seconds) < 0.01)
    }

    @Test func approveNeedsABundle() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let missing = try fixture.run(["approve"])
        #expect(missing.status == ExitStatus.usage)
        #expect(missing.error.contains("approve needs the bundle folder to approve"))
        let notBundle = try fixture.run(["approve", "."])
        #expect(notBundle.status == ExitStatus.usage)
        #expect(notBundle.error.contains(".: not an episode bundle (no .episodegen.json)"))
    }
}
