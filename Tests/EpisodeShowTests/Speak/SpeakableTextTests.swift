import Testing
@testable import EpisodeShow

@Suite struct SpeakableTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var expected: String
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(input: "fix reporting in `go_diagnostics` tool", expected: "fix reporting in go diagnostics tool"),
        Case(input: "remove 'gopls bug' subcommand", expected: "remove 'gopls bug' subcommand"),
        Case(input: "In go.dev/issue/80166 a crash was observed.", expected: "In a reported issue a crash was observed."),
        Case(input: "See https://example.com/a/b for details.", expected: "See a link for details."),
        Case(input: "no longer configurable since CL 748100.", expected: "no longer configurable since an earlier change."),
        Case(input: "reverts commit 1a2b3c4d5e6f.", expected: "reverts an earlier commit."),
        Case(input: "Fixes golang/go#79892", expected: "Fixes an issue"),
        Case(input: "handle empty tags (#1234)", expected: "handle empty tags"),
        Case(input: "Test61208 in imports_test.go is flaky", expected: "Test61208 in a test file is flaky"),
        Case(input: "update gopls/internal/cmd/info.go", expected: "update the info code"),
        Case(input: "moved from 'object-file.c' to 'odb/source-loose.c'", expected: "moved from the 'object-file code' to the 'source-loose code'"),
        Case(input: "a '--reset-when-found[=<where>]' option", expected: "a 'reset-when-found' option"),
        Case(input: "Previously 2745817028 fixed a couple of them", expected: "Previously an earlier commit fixed a couple of them"),
        Case(input: "Internal bug id: 486829693", expected: "Internal bug id:"),
        Case(input: "run go fix ./... again", expected: "run go fix again"),
        Case(input: "invalid .git files ( see ) end .", expected: "invalid .git files (see) end."),
        Case(input: "require go1.21 for the //go:fix inline directive", expected: "require Go 1.21 for the go fix inline directive"),
        Case(input: "support Go 1.27 embedded T{f: ...}", expected: "support Go 1.27 embedded"),
        Case(input: "internal/{graph,astutil}: tidy", expected: "the graph package and the astutil package: tidy"),
        Case(input: "add Cursor.{ParentEdgeKind,Index} methods", expected: "add Cursor ParentEdgeKind and Cursor Index methods"),
        // A long identifier with variants in braces is said once, with its variants.
        Case(input: "add repo_create_tempfile{,_mode}", expected: "add repo create tempfile and its mode variant"),
        Case(input: "lockfile: add repo_hold_lock_file_for_update{,_timeout}{,_mode}()",
             expected: "lockfile: add repo hold lock file for update and its timeout and mode variants"),
        Case(input: "use repo_hold_lock_file_for_update{,_mode,_timeout}() with custom repos",
             expected: "use repo hold lock file for update and its mode and timeout variants with custom repos"),
        // A call of three name parts or more is said as a function, with "the" after a verb or a preposition.
        Case(input: "strbuf: add strbuf_add_uint()", expected: "strbuf: add the strbuf add uint function"),
        Case(input: "builtin/gc: introduce `odb_optimize_required()`", expected: "builtin gc: introduce the odb optimize required function"),
        Case(input: "csum-file: use idempotent git_hash_discard()", expected: "csum-file: use idempotent git hash discard function"),
        Case(input: "diff: handle NULL return from repo_get_commit_tree()", expected: "diff: handle NULL return from the repo get commit tree function"),
        Case(input: "commit-reach: use object flags for tips_reachable_from_bases()",
             expected: "commit-reach: use object flags for the tips reachable from bases function"),
        Case(input: "refactor include_by_gitdir() into include_by_path()",
             expected: "refactor the include by gitdir function into the include by path function"),
        Case(input: "because of an earlier path_in_sparse_checkout() check above the loop.",
             expected: "because of an earlier path in sparse checkout check above the loop."),
        Case(input: "Inside the function fetch_and_setup_pack_index(), when", expected: "Inside the function fetch and setup pack index, when"),
        Case(input: "simplify GIT_GNUC_PREREQ() comparison", expected: "simplify GIT GNUC PREREQ comparison"),
        Case(input: "t: \"GIT_TEST_LONG=Yes make test\" is broken", expected: "t: \"GIT TEST LONG equals Yes make test\" is broken"),
        // Two names in a row that share their first words say them once.
        Case(input: "use 'repo->initialized' for repo_protect_hfs() and repo_protect_ntfs()",
             expected: "use 'repo initialized' for repo protect hfs and ntfs"),
        Case(input: "migrate apply_default_whitespace and apply_default_ignorewhitespace",
             expected: "migrate apply default whitespace and ignorewhitespace"),
        Case(input: "move 'protect_hfs' and 'protect_ntfs' into 'repo_config_values'",
             expected: "move 'protect hfs' and 'protect ntfs' into 'repo config values'"),
        Case(input: "rename waitgroup -> waitgroupgo", expected: "rename waitgroup to waitgroupgo"),
        Case(input: "because it contains && it would", expected: "because it contains and it would"),
        Case(input: "bump go.mod", expected: "bump the module file"),
        Case(input: "in go/ssa the methods", expected: "in the ssa directory the methods"),
        Case(input: "the go/ssa package", expected: "the ssa package"),
        Case(input: "in hash/maphash", expected: "in the maphash directory"),
        Case(input: "in gopls/internal/golang/stubmethods", expected: "in the stubmethods directory"),
        Case(input: "ID-based answer/question pairs", expected: "ID-based answer or question pairs"),
        Case(input: "Reported by Jane <jane@example.com>", expected: "Reported by Jane"),
        Case(input: "it uses 2 passes and 12 files", expected: "it uses two passes and 12 files"),
        Case(input: "needs Go 1.27 or v0.23.0", expected: "needs Go 1.27 or v0.23.0"),
        Case(input: "Program.objectMethod was wrong", expected: "Program object method was wrong"),
        Case(input: "extra findings (i.e. quick fixes)", expected: "extra findings (that is quick fixes)"),
        Case(input: "taught the '--delete-merged' option", expected: "taught the 'delete-merged' option"),
        Case(input: "**bold** and # heading", expected: "bold and heading"),
        Case(input: "Orhun Parmaksız fixed René Scharfe's test", expected: "Orhun Parmaksız fixed René Scharfe's test"),
        Case(input: "Signed-off-by: Junio C Hamano <gitster@pobox.com>", expected: ""),
        Case(input: "Change-Id: I76c506377cdf05ed0e86a799c00085f286701923", expected: ""),
        Case(input: "body line\n\tcode := line()\nmore text", expected: "body line more text"),
        // Code symbols from real subjects: said as words or left out.
        Case(input: "remove unnecessary 'cd $_gitworktree' from do_gitk", expected: "remove unnecessary 'cd gitworktree' from do gitk"),
        Case(input: "by overriding $HOME with t.TempDir(), which", expected: "by overriding HOME with t TempDir, which"),
        Case(input: "fix Lexer line count for $ inside double-quoted strings", expected: "fix Lexer line count for dollar sign inside double-quoted strings"),
        Case(input: "report %w applied to a value of type *E", expected: "report percent w applied to a value of type E"),
        Case(input: "add regression test for >4GB object clone", expected: "add regression test for over-4GB object clone"),
        Case(input: "verify that it works with >4GB/LLP64", expected: "verify that it works with over-4GB or LLP64"),
        Case(input: "simplify Split/SplitN[0] to strings.Cut", expected: "simplify Split or SplitN to strings cut"),
        Case(input: "show Info.Instances[Ident]", expected: "show Info Instances"),
        Case(input: "fix \\r bug in PosInStringLiteral", expected: "fix carriage return bug in PosInStringLiteral"),
        Case(input: "remove reqwest::Response::error_for_status (#1336)", expected: "remove reqwest Response error for status"),
        Case(input: "drop stale comment about advancing o->pos", expected: "drop stale comment about advancing o pos"),
        Case(input: "document skipping of TestF->F calls", expected: "document skipping of TestF F calls"),
        Case(input: "add --[no-]graph-indent and log.graphIndent", expected: "add no-graph-indent and log graph indent"),
        Case(input: "Merge branch 'master' of github.com:alshopov/git-po", expected: "Merge branch 'master' of alshopov's git-po"),
        Case(input: "The bug in Ninja is fixed in 1.10, with commit ninja-build/ninja@1daa7470ab7e.",
             expected: "The bug in Ninja is fixed in 1.10, with an earlier commit."),
        Case(input: "caused deadlocks there twice before:\n\n\tcode()\n", expected: "caused deadlocks there twice before:"),
        // The issue "Tell the story": no hex address, no extension, no slash; names said naturally.
        Case(input: "System trap at 0x0000f358a1ceb140", expected: "System trap at an address"),
        Case(input: "update CONTRIBUTING.md", expected: "update the contributing guide"),
        Case(input: "fix cmd/crashtest/CrashTester.swift", expected: "fix the crash tester"),
        Case(input: "edit Sources/EpisodeShow/Speak/SpeakableText.swift", expected: "edit the speakable text code"),
        Case(input: "see Docs/ANALYSIS.md", expected: "see the analysis documentation"),
        Case(input: "in getg_safe", expected: "in getg safe"),
        Case(input: "call sysUnreserve on exit", expected: "call sys unreserve on exit"),
        Case(input: "call `sysUnreserve` on exit", expected: "call sys unreserve on exit"),
        Case(input: "keep forEachPackage and notDone as names", expected: "keep forEachPackage and notDone as names"),
        Case(input: "on macOS and iOS", expected: "on macOS and iOS"),
        Case(input: "add refactor.Delete operators", expected: "add refactor delete operators"),
        Case(input: "add missing,ok check", expected: "add missing ok check"),
        Case(input: "implement graph.Graph interface", expected: "implement Graph interface"),
        Case(input: "remove the vendored compat/nedmalloc/ subtree", expected: "remove the vendored nedmalloc subtree"),
        Case(input: "link gopls contributing.md from the main CONTRIBUTING.md doc", expected: "link the gopls contributing guide from the main contributing guide"),
        Case(input: "increase test timeout 1s -> 10s", expected: "increase test timeout from 1s to 10s"),
        Case(input: "copy CLs 766661 and 767521 to x/tools", expected: "copy earlier changes to the tools directory"),
        Case(input: "bump debian from `e899040` to `d5d3f9c`", expected: "bump debian"),
        Case(input: "guard LHS < RHS in fromAssignStmt", expected: "guard LHS less than RHS in fromAssignStmt"),
        Case(input: "simplify 'mkdir X' followed by 'git -C X init'", expected: "simplify 'mkdir X' followed by 'git -C X init'"),
        Case(input: "fix embedding examples for crates.io release", expected: "fix embedding examples for crates dot io release"),
        Case(input: "align @types/node with Node.js 18.19+ support", expected: "align the node types package with Node JS 18.19+ support"),
        Case(input: "Docs - tag object and s/changeset/commit/g", expected: "Docs tag object and changeset to commit"),
        Case(input: "Include sys/time.h in daemon.c", expected: "Include the time header in the daemon code"),
        // Slashes that are no place (git/git and golang/tools subjects).
        Case(input: "merged the branch 'ps/backfill-fixes-and-edges' into ps/path-walk-filters",
             expected: "merged the branch 'backfill-fixes-and-edges' into path-walk-filters"),
        Case(input: "update mvdan.cc/gofumpt", expected: "update gofumpt"),
        Case(input: "for --inter-hunk-context and -U/--unified", expected: "for inter-hunk-context and unified"),
        Case(input: "use openbsd/riscv64 in OS/ARCH suffix test", expected: "use openbsd riscv64 in OS or ARCH suffix test"),
        Case(input: "move packed source into \"odb/\" subsystem", expected: "move packed source into the \"odb\" subsystem"),
        Case(input: "suggest <remote>/<branch> on upstream slip", expected: "suggest remote branch on upstream slip"),
        Case(input: "fix D/F conflicts", expected: "fix D or F conflicts"),
    ]

    @Test(arguments: cases)
    func speaksCommitText(_ c: Case) {
        #expect(SpeakableText().speak(c.input) == c.expected)
    }

    @Test func appliesPronunciationsToWholeWordsOnly() {
        let text = SpeakableText.applyingPronunciations(["gopls": "go please", "ssa": "S S A"], to: "Gopls and goplsx use ssa.")
        #expect(text == "go please and goplsx use S S A.")
    }

    @Test func configuredPathRootsGiveTheNoun() {
        let speak = SpeakableText(pathRoots: ["hash": "package", "cmd": "command", "x": "package"])
        #expect(speak.speak("in hash/maphash") == "in the maphash package")
        #expect(speak.speak("run cmd/stress again") == "run the stress command again")
        #expect(speak.speak("copy CLs 766661 and 767521 to x/tools") == "copy earlier changes to the tools package")
        #expect(SpeakableText().speak("in hash/maphash") == "in the maphash directory")
    }

    @Test func knownPackagesAreSaidAsPackages() {
        let speak = SpeakableText(knownPackages: ["frob/codec"])
        #expect(speak.speak("fix frob/codec decoding") == "fix the codec package decoding")
    }
}
