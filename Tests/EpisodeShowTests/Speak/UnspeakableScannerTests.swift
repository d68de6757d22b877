import Testing
@testable import EpisodeShow

@Suite struct UnspeakableScannerTests {
    @Test(arguments: [
        ("see 09a1b9b for it", "hash"),
        ("with commit ninja-build slash ninja@1daa7470ab7e.", "hash"),
        ("at https://go.dev/cl/1 now", "URL"),
        ("mail adonovan@google.com.", "e-mail address"),
        ("in gopls/internal/cmd/info.go", "file path"),
        ("Change-Id: I6c4cc6ac", "trailer"),
        ("Signed-off-by: Junio C Hamano", "trailer"),
        ("fixes golang/go#79892", "issue reference"),
        ("merged the branch 'master' of github.com:alshopov/git-po.", "URL"),
        // Symbols that got through to real scripts before the scanner looked for them.
        ("removed unnecessary 'cd $_gitworktree' from do gitk", "symbol $"),
        ("Madeline reported %w applied to a value", "symbol %w"),
        ("marked >4GB tests as EXPENSIVE", "symbol >"),
        ("simplified Split/SplitN[0] to strings Cut", "symbol ["),
        ("Alan fixed \\r bug in PosInStringLiteral", "symbol \\"),
        ("Shingo removed reqwest::Response::error_for_status.", "symbol ::"),
        ("dropped the stale comment about advancing o->pos", "symbol ->"),
        ("missing => false", "symbol =>"),
        // Read out in earlier scripts: an address, a path and a file's extension said aloud.
        ("System trap at 0x0000f358a1ceb140", "hex number"),
        ("in the go slash ssa package", "path read out"),
        ("updated the README dot md", "file extension read out"),
        ("changed Package dot swift", "file extension read out"),
    ])
    func findsUnspeakableTokens(text: String, reason: String) {
        #expect(UnspeakableScanner.findings(in: text).map(\.reason).contains(reason))
    }

    @Test func acceptsSpokenText() {
        let text = "Hello and welcome to Go Tools Daily for Monday, June eighth, 2026. The SSA package now skips generic methods, in Go 1.27. It is 50% faster (really) and > 4 is [optional]."
        #expect(UnspeakableScanner.findings(in: text).isEmpty)
    }
}
