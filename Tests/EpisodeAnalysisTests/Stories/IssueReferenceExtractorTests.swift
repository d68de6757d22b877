import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct IssueReferenceExtractorTests {
    @Test func readsGoStyleReferences() {
        let references = IssueReferenceExtractor.extract(
            subject: "go/ssa: skip generic methods in RuntimeTypes",
            body: "In go.dev/issue/80166 a crash was seen.\n\nFixes golang/go#79901, golang/go#79600\nFor #123 and #124\nUpdates golang/go#70000",
            trailers: [Trailer(key: "Fixes", value: "golang/go#78680"), Trailer(key: "Change-Id", value: "I61f012aa")],
            links: IssueLinkPrefixes(["go.dev/issue/": "golang/go"])
        )
        #expect(references == [
            IssueReference(repository: "golang/go", number: 80166, relation: "mentions"),
            IssueReference(repository: "golang/go", number: 79901, relation: "fixes"),
            IssueReference(repository: "golang/go", number: 79600, relation: "fixes"),
            IssueReference(repository: nil, number: 123, relation: "for"),
            IssueReference(repository: nil, number: 124, relation: "for"),
            IssueReference(repository: "golang/go", number: 70000, relation: "updates"),
            IssueReference(repository: "golang/go", number: 78680, relation: "fixes"),
        ])
    }

    /// Which host's links are a repository's issues is configuration: without it a link is no reference.
    @Test func issueLinksComeFromTheConfiguration() {
        let body = "Fixes https://go.dev/issue/80166 and golang.org/issues/7.\nSee https://bugs.example.org/issue/12"
        #expect(IssueReferenceExtractor.extract(subject: "x: y", body: body, trailers: []).isEmpty)
        let links = IssueLinkPrefixes(["go.dev/issue/": "golang/go", "golang.org/issues/": "golang/go", "bugs.example.org/": "example/base",
                                       "bugs.example.org/issue/": "example/tracker"])
        #expect(IssueReferenceExtractor.extract(subject: "x: y", body: body, trailers: [], links: links) == [
            IssueReference(repository: "golang/go", number: 80166, relation: "fixes"),
            IssueReference(repository: "golang/go", number: 7, relation: "fixes"),
            IssueReference(repository: "example/tracker", number: 12, relation: "mentions"),
        ])
    }

    @Test func strongestRelationWinsAndPullRequestsAreMentions() {
        let references = IssueReferenceExtractor.extract(
            subject: "fix(changelog): keep order (#1211)",
            body: "See https://github.com/orhun/git-cliff/issues/1200.\n\nCloses #1200",
            trailers: []
        )
        #expect(references == [
            IssueReference(repository: nil, number: 1211, relation: "mentions"),
            IssueReference(repository: "orhun/git-cliff", number: 1200, relation: "mentions"),
            IssueReference(repository: nil, number: 1200, relation: "closes"),
        ])
    }
}

@Suite struct IssueReferenceExtractorBareNumberTests {
    /// From git.git's `reftable/table: fix NULL pointer access ...`: numbered test cases are no issues.
    @Test func bodyNumbersWithoutALinkingWordAreNoReferences() {
        let body = "The following test cases cover this:\n #0 empty table\n #1 bogus restart offset\n\nSee #12 and #13; refs #14."
        let references = IssueReferenceExtractor.extract(subject: "reftable/table: fix NULL pointer access", body: body, trailers: [])
        #expect(references == [
            IssueReference(repository: nil, number: 12, relation: "mentions"),
            IssueReference(repository: nil, number: 13, relation: "mentions"),
            IssueReference(repository: nil, number: 14, relation: "mentions"),
        ])
    }

    @Test func projectsWithoutATrackerIgnoreBareBodyNumbersButKeepQualifiedOnes() {
        let references = IssueReferenceExtractor.extract(
            subject: "maintenance(geometric): do release the `.idx` files", body: "Fixes #3 and git-for-windows/git#6210.",
            trailers: [Trailer(key: "Refs", value: "#7")], bareBodyReferences: false
        )
        #expect(references == [
            IssueReference(repository: "git-for-windows/git", number: 6210, relation: "fixes"),
            IssueReference(repository: nil, number: 7, relation: "mentions"),
        ])
    }

    @Test func hashZeroIsNeverAReferenceAndSubjectNumbersInParenthesesAreMentions() {
        let references = IssueReferenceExtractor.extract(subject: "chore(deps): bump the minor group with 7 updates (#1016) #0", body: "Fixes #0", trailers: [])
        #expect(references == [IssueReference(repository: nil, number: 1016, relation: "mentions")])
    }
}

@Suite struct IssueReferenceExtractorTextTests {
    /// Tokens with characters beyond ASCII take the general path and still end or continue lists as
    /// words do: `#7` after "café" has no linking word, so it is no reference.
    @Test func wordsBeyondASCIIEndAList() {
        let references = IssueReferenceExtractor.extract(subject: "Résolu #5", body: "Fixes #1, «#2» and café #7\nFIXES #8 and #9", trailers: [])
        #expect(references == [
            IssueReference(repository: nil, number: 5, relation: "mentions"),
            IssueReference(repository: nil, number: 1, relation: "fixes"),
            IssueReference(repository: nil, number: 8, relation: "fixes"),
            IssueReference(repository: nil, number: 9, relation: "fixes"),
        ])
    }
}
