import Foundation
import Testing
import EpisodeTestSupport

/// The review page in a real browser: headless Chromium opens review.html from disk with
/// `#click=N` (the page clicks sentence N on load), and `--dump-dom` shows what the page made.
@Suite(.serialized) struct ReviewPageBrowserTests {
    static let hostileHash = "cccccccccccccccccccccccccccccccccccccccc"
    static let payloadSubject = "docs: fix </script><script>document.title='pwned'</script> in the guide"
    static let payloadBody = "A reader saw <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> on the page.\n\nThe guide now explains the cache."

    static var log: Data {
        Data("""
            commit \(hostileHash)
            Author: Ada Lovelace <ada@example.com>
            Date:   Mon Jun 8 10:00:00 2026 +0000

                \(payloadSubject)

                \(payloadBody.replacingOccurrences(of: "\n\n", with: "\n\n    "))

            """.utf8)
    }

    func chromium(_ arguments: [String], profile: URL) throws -> (status: Int32, output: String) {
        let path = try #require(ExternalTool.path("chromium"), Comment(rawValue: ExternalTool.missing("chromium", package: "chromium")))
        return try ExternalTool.run(path, ["--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(profile.path)"] + arguments)
    }

    @Test(.enabled(if: ExternalTool.runs("chromium"), "chromium is not installed (apt-get install chromium); CI installs it and runs this test"))
    func clickingASentenceRevealsItsCommitsAndCommitTextRunsNothing() throws {
        let fixture = try BundleFixture()
        defer { fixture.remove() }
        let bundle = try fixture.draft(Self.log)
        let page = fixture.url(bundle + "/review.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        // The lead paragraph tells the hostile commit's story; click its first sentence.
        let lead = try #require(html.range(of: "data-kind=\"lead\""))
        let sentence = try #require(html.range(of: "data-sentence=\"", range: lead.upperBound..<html.endIndex))
        let number = String(html[sentence.upperBound...].prefix { $0.isNumber })
        let profile = fixture.url("chromium-profile")

        let dom = try chromium(["--dump-dom", page.absoluteString + "#click=\(number)"], profile: profile)
        #expect(dom.status == 0)
        #expect(dom.output.contains("<title>Review: Go Tools Daily, 2026-06-08</title>"), "the page's title changed: a payload ran")
        #expect(!dom.output.contains("pwned</title>"))
        #expect(dom.output.contains("<body>"), "the body gained an attribute: a payload in a commit message ran")
        #expect(dom.output.contains("class=\"sentence selected\" id=\"sentence-\(number)\""))
        // The script is there, and the panel now shows the commit, its text as text.
        #expect(dom.output.contains("id=\"sentence-0\""))
        #expect(dom.output.contains("<article class=\"commit\" data-commit=\"\(Self.hostileHash)\">"))
        #expect(dom.output.contains("fix &lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt; in the guide"))
        #expect(dom.output.contains("<dt>author</dt><dd>Ada Lovelace</dd>"))
        #expect(dom.output.contains("A reader saw &lt;img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"&gt; on the page."))
        #expect(!dom.output.contains("<img"))

        let before = try chromium(["--dump-dom", page.absoluteString], profile: profile)
        #expect(before.output.contains("Click a sentence to see the commits behind it."))
        #expect(!before.output.contains("<article class=\"commit\""), "commits show before any click")

        let screenshot = try ExternalTool.artifactsFolder().appendingPathComponent("review-page.png")
        try? FileManager.default.removeItem(at: screenshot)
        let shot = try chromium(["--screenshot=\(screenshot.path)", "--window-size=1200,900", page.absoluteString + "#click=\(number)"], profile: profile)
        #expect(shot.status == 0)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "the screenshot is not a PNG")
        print("review page screenshot: \(screenshot.path)")
    }
}
