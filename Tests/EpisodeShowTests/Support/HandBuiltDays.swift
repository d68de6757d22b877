import EpisodeModel

/// Small hand-built days for composer tests: one commit, bots only, nothing.
enum HandBuiltDays {
    /// golang/tools on 2026-01-02: a single commit (corpus golang-tools-2026h1.fuller-numstat.log).
    static var oneCommit: Analysis {
        var builder = AnalysisBuilder()
        builder.add(
            .make(
                "15d13e8a95dd0247dec2960fb57e85252984509d", "Alan Donovan", "adonovan@google.com",
                "gopls/internal/util/typesutil: refine EnclosingSignature bug.Report",
                body: """
                This CL causes EnclosingSignature to report a bug when it fails
                because of missing type information, but not due to missing
                syntax (no enclosing function). With luck it will help us track
                down the associated issue.

                For golang/go#70666
                """,
                trailers: [("Change-Id", "Icec1651e2d1c43a5265a576b796a660eb8f836f2"), ("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/728080")],
                files: ["gopls/internal/golang/stubmethods/stubmethods.go", "gopls/internal/util/typesutil/typesutil.go"]),
            area: "gopls", spoken: "gopls, the language server", category: .fix, summary: "refine EnclosingSignature bug.Report", score: 3,
            issues: [IssueReference(repository: "golang/go", number: 70666, relation: "for")])
        return builder.build()
    }

    /// Two dependabot updates and nothing else.
    static var botsOnly: Analysis {
        var builder = AnalysisBuilder()
        for (hash, subject) in [
            ("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "chore(deps): bump tokio from 1.37.0 to 1.38.0"),
            ("b1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "chore(deps): bump serde from 1.0.200 to 1.0.201"),
        ] {
            builder.add(
                .make(hash, "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", subject),
                area: "deps", spoken: "the dependencies", category: .build, summary: String(subject.dropFirst(13)), score: 0.5, isBot: true)
        }
        return builder.build()
    }

    /// The 2026-06-08 day plus three bot commits.
    static var withBots: Analysis {
        var analysis = GoToolsDay.analysis
        var extra = botsOnly
        for index in extra.stories.indices { extra.stories[index].rank += analysis.stories.count }
        analysis.commits += extra.commits
        analysis.people += extra.people
        analysis.stories += extra.stories
        analysis.areas += extra.areas
        return analysis
    }
}
