import Testing
@testable import EpisodeEditorial
import EpisodeModel

@Suite struct IssueReferenceExtractorTests {
    @Test func readsGoStyleReferences() {
        let references = IssueReferenceExtractor.extract(
            subject: "go/ssa: skip generic methods in RuntimeTypes",
            body: "In go.dev/issue/80166 a crash was seen.\n\nFixes golang/go#79901, golang/go#79600\nFor #123 and #124\nUpdates golang/go#70000",
            trailers: [Trailer(key: "Fixes", value: "golang/go#78680"), Trailer(key: "Change-Id", value: "I61f012aa")]
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

@Suite struct IssueReferenceExtractorTextTests {
    /// Tokens with characters beyond ASCII take the general path and still end or continue lists as words do.
    @Test func wordsBeyondASCIIEndAList() {
        let references = IssueReferenceExtractor.extract(subject: "Résolu #5", body: "Fixes #1, «#2» and café #7\nFIXES #8 and #9", trailers: [])
        #expect(references == [
            IssueReference(repository: nil, number: 5, relation: "mentions"),
            IssueReference(repository: nil, number: 1, relation: "fixes"),
            IssueReference(repository: nil, number: 7, relation: "mentions"),
            IssueReference(repository: nil, number: 8, relation: "fixes"),
            IssueReference(repository: nil, number: 9, relation: "fixes"),
        ])
    }
}
