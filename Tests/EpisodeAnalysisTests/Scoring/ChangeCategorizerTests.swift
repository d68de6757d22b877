import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct ChangeCategorizerTests {
    typealias C = CommitBuilder

    @Test(arguments: [
        ("gopls/internal/mcp: fix reporting in go_diagnostics tool", ChangeCategory.fix),
        ("gopls: two mitigations for \"surplus bytes\" crash", .fix),
        ("gopls/internal/test: address out of bounds panic in BenchmarkSemanticTokens", .fix),
        ("go/analysis/passes/modernize: add stringsbuilder modernizer", .feature),
        ("gopls/internal/cache: delete dead (gob) code", .refactor),
        ("gopls/doc: fix typo in features doc", .docs),
        ("all: fix some typos in comments", .docs),
        ("go/packages: add a test for the environment", .tests),
        ("go.mod: update golang.org/x dependencies", .build),
        ("feat(changelog): support sorting commits", .feature),
        ("fix(parser): handle empty bodies", .fix),
        ("chore(release): prepare for v2.13.1", .release),
        ("chore(deps): bump execa from 8.0.1 to 9.6.0", .build),
        ("perf(git): cache the repository", .performance),
        ("docs(website): add a blog post", .docs),
        ("Revert \"cmd/go: add a flag\"", .revert),
        ("Merge branch 'ps/writev'", .merge),
        ("Git 2.56-rc0", .release),
    ])
    func categorises(subject: String, expected: ChangeCategory) {
        let commit = C.commit(C.hash("f1"), message: subject)
        let convention = ConventionParser.parse(commit)
        #expect(ChangeCategorizer.categorize(convention, subject: subject, isMerge: false, areaID: "x") == expected)
    }
}
