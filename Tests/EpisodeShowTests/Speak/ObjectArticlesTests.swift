import Testing
@testable import EpisodeShow

/// Articles put back before the object of a spoken action; every row is a real subject of
/// the corpus after `PastTense.phrase`.
@Suite struct ObjectArticlesTests {
    @Test(arguments: [
        // A new thing after "fixed", "added", "avoided": "a" or "an" by sound.
        ("fixed internal error", "fixed an internal error"),
        ("fixed flaky test", "fixed a flaky test"),
        ("fixed replacement range in invalid code", "fixed the replacement range in invalid code"),
        ("skipped fix for lvalue index exprs", "skipped the fix for lvalue index exprs"),
        ("fixed regression in initialization", "fixed a regression in initialization"),
        ("avoided crash on intent-to-add entry outside the cone", "avoided a crash on intent-to-add entry outside the cone"),
        ("added changelog modifier callback to run function", "added a changelog modifier callback to run function"),
        ("added test for fix of an issue", "added a test for fix of an issue"),
        ("added GitHub logo to the header", "added the GitHub logo to the header"),
        ("added search bar to the website", "added search bar to the website"),
        ("added shadowing semantic token modifier", "added a shadowing semantic token modifier"),
        ("fixed clock race causing test flakes", "fixed a clock race causing test flakes"),
        ("added configurable HTTP timeout for metadata requests", "added a configurable HTTP timeout for metadata requests"),
        ("created url-parse command", "created a url-parse command"),
        ("prevented out of bounds panic", "prevented an out of bounds panic"),
        ("fixed OOB read on truncated table", "fixed an OOB read on truncated table"),
        ("added default value for prepend option", "added a default value for prepend option"),
        ("removed duplicate test case in TestFont", "removed the duplicate test case in TestFont"),
        // An existing thing, or a named one: "the".
        ("removed unused interval field", "removed the unused interval field"),
        ("removed incorrect hasTypeParams check", "removed the incorrect hasTypeParams check"),
        ("removed 'gopls bug' subcommand", "removed the 'gopls bug' subcommand"),
        ("added \"rename\" subcommand", "added the \"rename\" subcommand"),
        ("added MoveType setting", "added the MoveType setting"),
        ("started Git 2.56 cycle", "started the Git 2.56 cycle"),
        ("reverted execa bump", "reverted the execa bump"),
    ])
    func insertsTheMissingArticle(action: String, expected: String) {
        #expect(ObjectArticles.insertingArticle(action) == expected)
    }

    @Test(arguments: [
        "fixed grep assertions missing file arguments",        // plural
        "added support for enabling native TLS",               // mass noun
        "made Config Env test independent of go list build work", // "made X do Y"
        "made UnmarshalError implement error",
        "bumped log from 0.4.20 to 0.4.21",                     // a package, not a log
        "used empty header and footer as default",              // "and" after the noun
        "applied option as ref cloned lint",
        "inlined check and apply repository format",
        "fixed error handling in the parser",                   // "error" is a modifier here
        "skipped ancestry tests under user-mode emulation",
        "removed the Rust nightly requirement",                 // already has one
        "fixed Alan's test",
        "updated 2 tests",
        "added information about bump with tag prefixes",       // "about" ends the phrase
        "fixed test flake",                                     // "test" is a modifier, "flake" no count noun
        "added logging for flaky test",                         // "logging" is not counted
    ])
    func leavesOtherPhrasesAlone(action: String) {
        #expect(ObjectArticles.insertingArticle(action) == action)
    }

    /// git.git and golang/tools subjects whose object was an identifier before it became words.
    @Test(arguments: [
        ("fixed verify cache to catch non-adjacent D or F conflicts", "fix verify_cache to catch non-adjacent D/F conflicts"),
        ("used repo ignore case to access core ignorecase", "use repo_ignore_case to access core_ignorecase"),
    ])
    func nounsFromIdentifiersGetNoArticle(action: String, written: String) {
        #expect(ObjectArticles.insertingArticle(action, written: written) == action)
        #expect(ObjectArticles.insertingArticle(action) != action)
    }

    /// An identifier before a noun of its own is just a modifier.
    @Test func identifiersBeforeANounOfItsOwnAreModifiers() {
        #expect(ObjectArticles.insertingArticle("documented test grep helper", written: "document test_grep helper") == "documented the test grep helper")
        #expect(ObjectArticles.insertingArticle("started Git 2.56 cycle", written: "Start Git 2.56 cycle") == "started the Git 2.56 cycle")
    }
}
