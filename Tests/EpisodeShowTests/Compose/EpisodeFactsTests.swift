import Testing
@testable import EpisodeShow

/// The spoken forms `EpisodeFacts` derives: area names, shared verbs, actions.
@Suite struct EpisodeFactsTests {
    @Test func listedGeneratedAreasShareOneCode() {
        #expect(EpisodeFacts.sharingCode(["the remote code", "the lib code", "the monorepo code"]) == ["the remote", "lib", "monorepo code"])
        #expect(EpisodeFacts.sharingCode(["the tests", "the builtin slash refs code"]) == ["the tests", "the builtin slash refs code"])
        #expect(EpisodeFacts.sharingCode(["the remote code"]) == ["the remote code"])
    }

    @Test func aVerbSharedByAListIsSaidOnce() {
        // git.git 2026-07-06: builtin/refs: add "update", "delete" and "create" subcommands.
        #expect(EpisodeFacts.sharingVerb(["added the \"update\" subcommand", "added the \"delete\" subcommand", "added the \"create\" subcommand"])
            == ["added the \"update\" subcommand", "the \"delete\" subcommand", "the \"create\" subcommand"])
        let mixed = ["fixed Lexer line count", "added greplint to detect bare grep assertions"]
        #expect(EpisodeFacts.sharingVerb(mixed) == mixed)
    }

    @Test(arguments: [
        ("fix internal error", "fixed an internal error"),
        ("support enabling native TLS", "added support for enabling native TLS"),
        // git.git: "The 6th batch" and "A few more topics before -rc2" are noun phrases.
        ("the 6th batch", "landed the 6th batch"),
        ("a few more topics before -rc2", "landed a few more topics before -rc2"),
        // A noun phrase naming a piece of work is landed too (PastTense.landedThing).
        ("two mitigations for \"surplus bytes\" crash", "landed two mitigations for \"surplus bytes\" crash"),
        ("hydration error", ""),
        ("", ""),
    ])
    func actions(summary: String, action: String) {
        #expect(EpisodeFacts.action(for: summary) == action)
    }
}
