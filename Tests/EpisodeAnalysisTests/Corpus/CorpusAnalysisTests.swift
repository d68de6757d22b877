import Foundation
import Testing
@testable import EpisodeAnalysis
import EpisodeModel
import EpisodeTestSupport

/// The editorial stage on real logs of Tests/Fixtures/corpus.
@Suite struct CorpusAnalysisTests {
    static let tools = (try? CorpusLog.commits("golang-tools-2026h1.fuller-numstat.log")) ?? []
    static let cliff = (try? CorpusLog.commits("git-cliff.stat.log")) ?? []
    static let git = (try? CorpusLog.commits("git-git-2026-summer.name-status.log")) ?? []

    static func analyze(_ commits: [Commit], mailmap: String? = nil, _ configuration: ShowConfiguration = ShowConfiguration()) -> Analysis {
        Analyzer(configuration: configuration, mailmap: mailmap).analyze(commits)
    }

    @Test func corpusIsRead() {
        #expect(CorpusAnalysisTests.tools.count == 397)
        #expect(CorpusAnalysisTests.cliff.count == 700)
        #expect(CorpusAnalysisTests.git.count == 1170)
    }

    @Test func golangToolsCommitsGetTheAreaOfTheirSubjectPrefix() {
        let analysis = CorpusAnalysisTests.analyze(CorpusAnalysisTests.tools)
        var checked = 0
        for analyzed in analysis.commits {
            // The prefix as a reader sees it: the text before the first ": " when it has no spaces.
            let subject = analyzed.commit.subject
            guard let colon = subject.range(of: ": ") else { continue }
            let first = subject[..<colon.lowerBound].split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !first.isEmpty, !first.contains(" "), !first.contains("{") else { continue }
            checked += 1
            #expect(analyzed.areaSource == .subjectPrefix, "\(subject)")
            #expect(analyzed.area.id == SpokenNames.canonicalID(first), "\(subject)")
        }
        #expect(checked > 350)
        let mcp = analysis.commits.first { $0.commit.subject == "gopls/internal/mcp: fix reporting in go_diagnostics tool" }
        #expect(mcp?.area.id == "gopls/internal/mcp")
        let two = analysis.commits.first { $0.commit.subject.hasPrefix("go/analysis/passes/modernize, gopls") || $0.commit.subject.hasPrefix("gopls, go/analysis") }
        if let two { #expect(!two.otherAreas.isEmpty) }
    }

    @Test func goToolsPresetGivesSpokenNames() throws {
        let root = TestCorpus.packageRoot
        let data = try Data(contentsOf: root.appendingPathComponent("Inputs/config/go-tools.json"))
        let configuration = try ShowConfigurationLoader.load(data, file: "go-tools.json")
        let analysis = CorpusAnalysisTests.analyze(CorpusAnalysisTests.tools, configuration)
        let mcp = try #require(analysis.commits.first { $0.commit.subject == "gopls/internal/mcp: fix reporting in go_diagnostics tool" })
        #expect(mcp.area == Area(id: "gopls/mcp", spokenName: "the gopls MCP server"))
        #expect(mcp.areaSource == .configuration)
        #expect(analysis.areas.count < CorpusAnalysisTests.analyze(CorpusAnalysisTests.tools).areas.count)
    }

    @Test func gitCliffConventionalCommitsGetTypeAndScope() throws {
        let analysis = CorpusAnalysisTests.analyze(CorpusAnalysisTests.cliff)
        var checked = 0
        for analyzed in analysis.commits {
            let subject = analyzed.commit.subject
            guard let open = subject.firstIndex(of: "("), let close = subject.firstIndex(of: ")"), open < close,
                  subject[subject.index(after: close)...].hasPrefix(": ") || subject[subject.index(after: close)...].hasPrefix("!: "),
                  subject[..<open].allSatisfy(\.isLetter), !subject[..<open].isEmpty else { continue }
            checked += 1
            #expect(analyzed.conventional?.type == subject[..<open].lowercased(), "\(subject)")
            #expect(analyzed.conventional?.scope == String(subject[subject.index(after: open)..<close]), "\(subject)")
            #expect(analyzed.conventional?.breaking == subject[subject.index(after: close)...].hasPrefix("!"), "\(subject)")
        }
        #expect(checked > 400)
        let gitlab = try #require(analysis.commits.first { $0.commit.subject == "feat(gitlab)!: Add GitLab support (#654)" })
        #expect(gitlab.conventional == ConventionalCommit(type: "feat", scope: "gitlab", breaking: true, description: "Add GitLab support (#654)"))
        #expect(gitlab.area.id == "gitlab")
        #expect(gitlab.category == .feature)
        #expect(gitlab.score.reasons.contains { $0.signal == .breaking })
    }

    @Test func gitTopicMergesBecomeStoriesWithTheirCommitsAndSummary() throws {
        let analysis = CorpusAnalysisTests.analyze(CorpusAnalysisTests.git)
        let story = try #require(analysis.stories.first { $0.id == "topic:ps/odb-make-creation-pluggable" })
        #expect(story.kind == .topic)
        let subjects = story.commits.compactMap { hash in analysis.commits.first { $0.commit.hash == hash }?.commit.subject }
        #expect(subjects.first == "Merge branch 'ps/odb-make-creation-pluggable'")
        for listed in ["odb: make creation of on-disk structures pluggable", "odb/source: introduce function to map source type to name",
                       "setup: defer object database creation", "setup: handle ODB-related environment variables in `odb_new()`",
                       "setup: detangle loading of loose object maps", "loose: load loose object map for the correct source"] {
            #expect(subjects.contains(listed), "\(listed)")
        }
        #expect(story.commits.contains("e927cfeb21d6a217b708216862deb36f144f064b"))
        #expect(story.summary.hasPrefix("The creation of the on-disk data structures for the object database has been made pluggable"))
        #expect(story.summary.hasSuffix("detangled from repository initialization."))
        #expect(story.authors == ["ps@pks.im"])

        // Every topic story holds each listed subject that is in the input, and only once across stories.
        var topicMembers = 0
        for topicStory in analysis.stories where topicStory.kind == .topic {
            topicMembers += topicStory.commits.count
        }
        #expect(topicMembers > 500)
        #expect(analysis.stories.flatMap(\.commits).count == CorpusAnalysisTests.git.count)
    }

    @Test func revertsArePairedWithWhatTheyRevert() throws {
        let analysis = CorpusAnalysisTests.analyze(CorpusAnalysisTests.cliff)
        let pairs = [
            ("cf1085fa90d85828ce6a1632903d29bdb7699116", "6757911448d25bc97023fd48102502c80dc38eff"),
            ("871c3c949d9f0cb23600a0f4d16e360d20d32ad7", "f0a2dc6b08f97f3d96e1a33d60a8a56c97c2339b"),
            ("fc142e4b9d4b5b54bc8a0fca6e336345951c9c7b", "c28121c1aa427c3169df218a9803d838172f7c24"),
            ("84771f63d04bafec8023a7e9fd4694da6e4d9a25", "cde2a8e3222f5e8f8bdd9ae841fd0e5c42f68846"),
        ]
        for (revert, original) in pairs {
            let revertCommit = try #require(analysis.commits.first { $0.commit.hash == revert })
            let originalCommit = try #require(analysis.commits.first { $0.commit.hash == original })
            #expect(revertCommit.storyID == originalCommit.storyID)
            #expect(revertCommit.category == .revert)
            let story = try #require(analysis.stories.first { $0.id == revertCommit.storyID })
            #expect(story.kind == .revert)
        }
    }

    @Test func revertOfSeveralCommitsGathersThemInGolangTools() throws {
        let analysis = CorpusAnalysisTests.analyze(CorpusAnalysisTests.tools)
        let revert = try #require(analysis.commits.first { $0.commit.hash.hasPrefix("0602b30930e3") })
        #expect(revert.category == .revert)
        let story = try #require(analysis.stories.first { $0.id == revert.storyID })
        #expect(story.kind == .revert)
        for reverted in ["e15a659b5", "4c6e3fcfd", "965a458d4", "0fdde844a", "60c2434ec"] {
            #expect(story.commits.contains { $0.hasPrefix(reverted) }, "\(reverted)")
        }
    }

    @Test func botCommitsAreNeverAPerson() throws {
        for (commits, botName) in [(CorpusAnalysisTests.cliff, "dependabot[bot]"), (CorpusAnalysisTests.tools, "Gopher Robot")] {
            let analysis = CorpusAnalysisTests.analyze(commits)
            let bots = analysis.people.filter(\.isBot)
            #expect(bots.contains { $0.name == botName })
            let botIDs = Set(bots.map(\.id))
            let botCommits = analysis.commits.filter { botIDs.contains($0.authorID) }
            #expect(!botCommits.isEmpty)
            #expect(botCommits.allSatisfy { $0.isBot })
            #expect(analysis.commits.filter(\.isBot).count == botCommits.count)
            #expect(analysis.people.filter { !$0.isBot }.allSatisfy { !$0.name.lowercased().contains("[bot]") && $0.name != "Gopher Robot" })
        }
    }

    @Test func mailmapAndIdentitiesMergeRealSpellings() throws {
        // golang/tools has Alex Putman under two e-mails; git-cliff has Orhun Parmaksız.
        let mailmap = "Alex Putman <aputman@golang.org> <aputman@google.com>\n"
        let configuration = ShowConfiguration(identities: [Identity(name: "Orhun Parmaksız", email: "orhun@archlinux.org", aliases: ["orhunparmaksiz@gmail.com"])])
        let tools = CorpusAnalysisTests.analyze(CorpusAnalysisTests.tools, mailmap: mailmap)
        let alex = try #require(tools.people.first { $0.name == "Alex Putman" })
        #expect(alex.id == "aputman@golang.org")
        #expect(alex.commits.count == 4)
        #expect(tools.people.filter { $0.name == "Alex Putman" }.count == 1)
        let cliff = CorpusAnalysisTests.analyze(CorpusAnalysisTests.cliff, configuration)
        let orhun = try #require(cliff.people.first { $0.name == "Orhun Parmaksız" })
        #expect(orhun.id == "orhun@archlinux.org")
        #expect(cliff.people.filter { $0.name == "Orhun Parmaksız" }.count == 1)
        #expect(orhun.commits.count > 100)
        #expect(cliff.people[0].id == orhun.id)
    }

    @Test func wholeCorpusAnalysisIsDeterministic() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(CorpusAnalysisTests.analyze(CorpusAnalysisTests.git))
        let second = try encoder.encode(CorpusAnalysisTests.analyze(CorpusAnalysisTests.git))
        #expect(first == second)
    }
}

extension CorpusAnalysisTests {
    /// Every corpus format analyses without losing a commit; `--oneline` logs have no people.
    @Test(arguments: ["git-cliff.patch.log", "git-cliff.graph-oneline.log"])
    func otherFormatsAnalyse(name: String) throws {
        let commits = try CorpusLog.commits(name)
        #expect(!commits.isEmpty)
        let analysis = CorpusAnalysisTests.analyze(commits)
        #expect(analysis.commits.count == commits.count)
        #expect(analysis.stories.flatMap(\.commits).count == commits.count)
        #expect(analysis.people.allSatisfy { !$0.id.isEmpty && !$0.name.isEmpty })
        if name.contains("oneline") {
            #expect(analysis.people.isEmpty)
            #expect(analysis.commits.allSatisfy { $0.authorID.isEmpty })
            #expect(analysis.stories.allSatisfy { $0.authors.isEmpty })
            #expect(analysis.areas.allSatisfy { $0.people.isEmpty })
            #expect(analysis.commits.contains { $0.conventional != nil })
        }
    }
}
