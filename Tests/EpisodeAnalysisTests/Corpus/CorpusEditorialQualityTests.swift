import Testing
@testable import EpisodeAnalysis
import EpisodeModel

/// Defects found by listening to episodes, checked on the real logs of Tests/Fixtures/corpus.
@Suite struct CorpusEditorialQualityTests {
    static let cliff = CorpusAnalysisTests.analyze(CorpusAnalysisTests.cliff)
    static let git = CorpusAnalysisTests.analyze(CorpusAnalysisTests.git)

    /// git.git has no `#` tracker: `#0`, `#1`, ... in its bodies are test numbers and list items.
    @Test func gitGitBodiesNameNoBareIssues() throws {
        let analysis = CorpusEditorialQualityTests.git
        let bare = analysis.commits.flatMap(\.issueReferences).filter { $0.repository == nil }
        #expect(bare.isEmpty, "\(bare.prefix(5))")
        let reftable = try #require(analysis.commits.first { $0.commit.subject.hasPrefix("reftable/table: fix NULL pointer access") })
        #expect(reftable.commit.body.contains("#0"))
        #expect(reftable.issueReferences.isEmpty)
        // A qualified reference stays.
        let windows = try #require(analysis.commits.first { $0.commit.subject.hasPrefix("maintenance(geometric): do release") })
        #expect(windows.issueReferences == [IssueReference(repository: "git-for-windows/git", number: 6210, relation: "fixes")])
    }

    /// `bump the minor group with 7 updates (#1016)`: the number is the pull request, not an issue it updates.
    @Test func aParenthesizedSubjectNumberIsThePullRequest() throws {
        let analysis = CorpusEditorialQualityTests.cliff
        let bump = try #require(analysis.commits.first { $0.commit.subject == "chore(deps): bump the minor group in /website with 7 updates (#1016)" })
        #expect(bump.issueReferences == [IssueReference(repository: nil, number: 1016, relation: "mentions")])
        let updating = analysis.commits.filter { $0.commit.subject.hasSuffix("updates (#\($0.issueReferences.first?.number ?? 0))") }
        #expect(updating.count > 10)
        #expect(updating.allSatisfy { $0.issueReferences.allSatisfy { $0.relation == "mentions" } })
        // A linking word still links: `Closes #N` in a body.
        #expect(analysis.commits.contains { $0.issueReferences.contains { $0.repository == nil && $0.relation == "closes" } })
    }

    /// A squash merge whose list holds a revert of one of its own commits is not a revert; one
    /// whose list reverts an earlier commit of the input is.
    @Test func squashMergesWithARevertInsideAreNotReverts() {
        let hashes = CorpusEditorialQualityTests.cliff.commits.map(\.commit.hash)
        var squashedReverts = 0
        for analyzed in CorpusEditorialQualityTests.cliff.commits where analyzed.category == .revert {
            let subject = analyzed.commit.subject.lowercased()
            let ownRevert = subject.hasPrefix("revert") || subject.contains(": revert") || subject.contains("): revert")
                || ConventionParser.beforeSquashedCommits(analyzed.commit.body).contains("This reverts commit")
            let squashed = ConventionParser.revertedHashes(in: ConventionParser.squashedCommits(analyzed.commit.body))
            let revertsInputCommit = squashed.contains { hash in hashes.contains { $0.hasPrefix(hash) } }
            if revertsInputCommit { squashedReverts += 1 }
            #expect(ownRevert || revertsInputCommit, "\(analyzed.commit.subject)")
        }
        #expect(squashedReverts == 1)
        let lints = CorpusEditorialQualityTests.cliff.commits.first { $0.commit.subject == "chore(clippy): fix pedantic lints (#1346)" }
        #expect(lints?.category == .style)
        let faq = CorpusEditorialQualityTests.cliff.commits.first { $0.commit.subject.hasPrefix("docs(website): add a FAQ section for commit and PR strategies") }
        #expect(faq?.category == .docs)
        // The edited revert `chore(cd): re-enable sccache for maturin` still pairs with what it reverts.
        let story = CorpusEditorialQualityTests.cliff.stories.first { $0.kind == .revert && $0.headline.contains("sccache") }
        #expect(story?.commits.count == 2)
    }

    /// Dependency bumps of the docs site are build work, and vague chores take the category their words say.
    @Test func choresAndWebsiteBumpsGetTheirCategory() {
        let commits = CorpusEditorialQualityTests.cliff.commits
        let bumps = commits.filter { $0.commit.subject.hasPrefix("chore(deps") && $0.commit.subject.contains("/website") }
        #expect(bumps.count > 10)
        #expect(bumps.allSatisfy { $0.category == .build }, "\(bumps.filter { $0.category != .build }.map(\.commit.subject))")
        #expect(commits.first { $0.commit.subject == "chore(lib): fix typos in code comments" }?.category == .docs)
        #expect(commits.first { $0.commit.subject == "chore(ci): check semver violations via CI" }?.category == .build)
        #expect(commits.first { $0.commit.subject == "chore(config): skip dependabot commits for dev updates" }?.category == .chore)
    }

    /// "release" as a verb is no release, and "update" is build work only for dependencies,
    /// versions, build files or CI (git.git and golang/tools subjects).
    @Test func releaseAndUpdateWordsNeedTheirObject() throws {
        let git = CorpusEditorialQualityTests.git.commits
        let tools = CorpusAnalysisTests.analyze(CorpusAnalysisTests.tools).commits
        func category(_ subject: String, in commits: [AnalyzedCommit]) -> ChangeCategory? {
            commits.first { $0.commit.subject == subject }?.category
        }
        #expect(category("reftable/table: release filter on error path", in: git) == .fix)
        #expect(category("Git 2.55-rc0", in: git) == .release)
        #expect(category("quote.h: bump strvec forward declaration to the top", in: git) == .other)
        #expect(category("gitlab-ci: upgrade macOS runners", in: git) == .build)
        #expect(category("gopls/internal/server: update neovim source URL", in: tools) == .other)
        #expect(category("gopls: update staticcheck to v0.8.0-rc.1", in: tools) == .build)
        #expect(category("gopls/go.mod: update mvdan.cc/gofumpt", in: tools) == .build)
        #expect(category("all: upgrade go directive to at least 1.25.0 [generated]", in: tools) == .build)
    }
}

extension CorpusEditorialQualityTests {
    /// The tracker test on the corpus: git.git has none, git-cliff and golang/tools inputs keep theirs;
    /// one imported `(#2)` subject among git.git's commits does not give it one.
    @Test func onlyGitStyleInputsHaveNoHashTracker() {
        func tracker(_ commits: [Commit]) -> Bool {
            Analyzer.hasHashTracker(commits, conventions: commits.map(ConventionParser.parse))
        }
        #expect(!tracker(CorpusAnalysisTests.git))
        #expect(tracker(CorpusAnalysisTests.cliff))
        #expect(tracker(CorpusAnalysisTests.tools))
        let imported = Commit(hash: "abc1234", subject: "l10n: pt_PT: cleaning duplicate translations (#2)")
        #expect(!tracker(CorpusAnalysisTests.git + [imported]))
    }

    /// A topic merged on a day its commits did not land on is a story of its merge alone: it takes
    /// the kind its description tells, as its score does, not `other`.
    @Test(arguments: [
        ("2026-06-07", "'git restore --staged' has been optimized", ChangeCategory.performance),
        ("2026-06-09", "The 'git-jump' command (in contrib/) has been taught", .feature),
        ("2026-05-21", "\"git fetch --deepen=<n>\" in a full clone truncated the history", .fix),
        ("2026-06-11", "The loose object source has been refactored", .refactor),
    ])
    func aMergeOnlyStoryTakesItsDescribedCategory(day: String, description: String, category: ChangeCategory) throws {
        let commits = try #require(CorpusDays.split(CorpusAnalysisTests.git)[day])
        let analysis = Analyzer(configuration: ShowConfiguration()).analyze(commits)
        let story = try #require(analysis.stories.first { $0.summary.hasPrefix(description) })
        let members = story.commits.compactMap { hash in analysis.commits.first { $0.commit.hash == hash } }
        #expect(members.allSatisfy { $0.commit.isMerge }, "a story of merges only")
        #expect(story.category == category)
        #expect(story.score.reasons.first?.signal.rawValue == category.rawValue, "the score counts the same kind")
    }
}
