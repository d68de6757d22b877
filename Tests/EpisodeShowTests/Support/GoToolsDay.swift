import EpisodeModel

/// The six commits golang/tools committed on 2026-06-08 (corpus file
/// golang-tools-2026h1.fuller-numstat.log), analysed by hand as the editorial stage would:
/// areas from the Go-style subject prefixes, categories and issue references from the messages.
enum GoToolsDay {
    static let date = "2026-06-08"

    static var analysis: Analysis {
        var builder = AnalysisBuilder()
        builder.add(
            .make(
                "1761a50bc9eaad018b472c9f8d4219151601dcab", "Alan Donovan", "adonovan@google.com",
                "gopls/internal/cmd: remove 'gopls bug' subcommand",
                body: """
                Not a single person has ever used it.

                (The TEST_GOPLS_BUG hack, which forces gopls to bug.Report
                during testing of 'gopls stats', has moved into 'gopls execute'.)

                + relnote
                """,
                trailers: [("Change-Id", "I6c4cc6ac21e9ca25150ef1d389db86c565919ebb"), ("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/788301")],
                files: ["gopls/doc/contributing.md", "gopls/internal/cmd/cmd.go", "gopls/internal/cmd/info.go"]),
            area: "gopls/internal/cmd", spoken: "the gopls command line", category: .refactor,
            summary: "remove 'gopls bug' subcommand", score: 3)
        builder.add(
            .make(
                "09a1b9b38231a555d9457fa07056a70153c52c73", "Alan Donovan", "adonovan@google.com",
                "go/ssa: reject generic methods from RuntimeTypes",
                body: """
                This CL causes ssautil.AllFunctions and typesinternal.ForEachElement
                (used by ssa.Prog.RuntimeTypes) to skip generic methods, which
                now appear in the types.MethodSet.

                Fixes golang/go#79901
                Fixes golang/go#79600
                """,
                trailers: [("Change-Id", "I50a85fdc0eb5879007b28852fb8eccf061e90c81"), ("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/788380")],
                files: ["go/ssa/ssautil/visit.go", "internal/typesinternal/element.go"]),
            area: "go/ssa", spoken: "the SSA package", category: .fix, summary: "reject generic methods from RuntimeTypes", score: 5.5,
            issues: [IssueReference(repository: "golang/go", number: 79901, relation: "fixes"), IssueReference(repository: "golang/go", number: 79600, relation: "fixes")])
        builder.add(
            .make(
                "c0503c56faf19690f30cdfe4d852b7cbe1f8bc58", "Madeline Kalil", "mkalil@google.com",
                "gopls/internal/mcp: fix reporting in go_diagnostics tool",
                body: """
                The go_diagnostics tool reports parse and build errors
                across the entire workspace. If an array of files
                is provided, it reports additional diagnostics (i.e. quick
                fixes and go/analysis findings).

                The additional diagnostic reporting is broken when
                the tool input has more than one file because we
                always use the uri of the first file in the input array.
                If the input is ["a.go", "b.go"], diagnostics for "b.go"
                are reported as coming from "a.go".

                Use the correct uri for the diagnostic and add
                tests to verify that diagnostics are reported
                with the correct file.

                Fixes golang/go#79892
                """,
                trailers: [("Change-Id", "I76c506377cdf05ed0e86a799c00085f286701923"), ("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/788180")],
                files: ["gopls/internal/mcp/workspace_diagnostics.go", "gopls/internal/test/marker/testdata/mcptools/workspace_diagnostics.txt"]),
            area: "gopls/internal/mcp", spoken: "the gopls MCP server", category: .fix, summary: "fix reporting in go_diagnostics tool", score: 6,
            issues: [IssueReference(repository: "golang/go", number: 79892, relation: "fixes")])
        builder.add(
            .make(
                "9781f9af350ee754185ecd7dfbb4e8a6157e1e93", "Alan Donovan", "adonovan@google.com",
                "gopls/internal/golang/stubmethods: fix internal error (missing type)",
                body: """
                EnclosingSignature can return nil when there are duplicate
                function declarations of the same name. Previously this triggered
                a bug.Report (in fact two, in the past) and an internal error.
                This change documents and tests it and downgrades it to an
                expected error.

                Fixes golang/go#70666
                """,
                trailers: [("Change-Id", "I809d55fe5af6d8a0d87560da29cc8a2471637e83"), ("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/787360")],
                files: ["gopls/internal/golang/stubmethods/stubmethods.go", "gopls/internal/util/typesutil/typesutil.go"]),
            area: "gopls/internal/golang/stubmethods", spoken: "the stub methods quick fix", category: .fix,
            summary: "fix internal error (missing type)", score: 5, issues: [IssueReference(repository: "golang/go", number: 70666, relation: "fixes")])
        builder.add(
            .make(
                "4011715307c5ea30d03e60a697976759d9e78ddd", "qmuntal", "quimmuntal@gmail.com",
                "go/packages: make Config.Env test independent of go list build work",
                body: """
                TestEmptyEnvironment expected packages.Load with Env set to only
                FOO=BAR to fail when loading fmt. That failure was incidental and an
                implementation detail.

                Replace the test with a direct check of the original invariant:
                when Config.Env is non-nil, go/packages must not inherit the process
                environment. The new test sets GOFLAGS=-tags=fromparent in the parent
                process, loads a temporary module using a Config.Env that omits GOFLAGS,
                and verifies that a file guarded by that tag is not selected.
                """,
                trailers: [("Change-Id", "I08f1bff72cbc26bf2821018f909a91171d4bb74e"), ("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/787721")],
                files: ["go/packages/packages_test.go"]),
            area: "go/packages", spoken: "the go packages loader", category: .tests,
            summary: "make Config.Env test independent of go list build work", score: 1.5)
        builder.add(
            .make(
                "e5302d99c6991346be6d19bf486bb8377066d571", "Hongxiang Jiang", "hxjiang@golang.org",
                "gopls/internal/filewatcher: remove unused interval field",
                body: """
                The internal is no longer configurable by the caller since CL 748100.
                Simply forgot to remove the field.
                """,
                trailers: [("Change-Id", "I7593f74223ab24c29c28584abb55545142520b40"), ("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/787460")],
                files: ["gopls/internal/filewatcher/fsnotify_watcher.go"]),
            area: "gopls/internal/filewatcher", spoken: "the gopls file watcher", category: .refactor,
            summary: "remove unused interval field", score: 1)
        return builder.build()
    }

    static var configuration: ShowConfiguration {
        ShowConfiguration(showName: "Go Tools Daily", pronunciations: ["gopls": "go please"], wordsPerMinute: 155)
    }
}
