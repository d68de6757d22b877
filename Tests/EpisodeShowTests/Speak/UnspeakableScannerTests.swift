import Testing
@testable import EpisodeShow

@Suite struct UnspeakableScannerTests {
    @Test(arguments: [
        ("see 09a1b9b for it", "hash"),
        ("at https://go.dev/cl/1 now", "URL"),
        ("mail adonovan@google.com.", "e-mail address"),
        ("in gopls/internal/cmd/info.go", "file path"),
        ("Change-Id: I6c4cc6ac", "trailer"),
        ("Signed-off-by: Junio C Hamano", "trailer"),
        ("fixes golang/go#79892", "issue reference"),
    ])
    func findsUnspeakableTokens(text: String, reason: String) {
        #expect(UnspeakableScanner.findings(in: text).map(\.reason).contains(reason))
    }

    @Test func acceptsSpokenText() {
        let text = "Hello and welcome to Go Tools Daily for Monday, June eighth, 2026. The go slash SSA package now skips generic methods, in Go 1.27."
        #expect(UnspeakableScanner.findings(in: text).isEmpty)
    }
}
