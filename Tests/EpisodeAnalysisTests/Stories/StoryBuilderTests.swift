import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct StoryBuilderTests {
    typealias C = CommitBuilder

    func analyze(_ commits: [Commit]) -> Analysis {
        Analyzer(configuration: ShowConfiguration()).analyze(commits)
    }

    func storyOf(_ hash: String, in analysis: Analysis) -> Story? {
        guard let id = analysis.commits.first(where: { $0.commit.hash == hash })?.storyID else { return nil }
        return analysis.stories.first { $0.id == id }
    }

    @Test func topicMergeGathersItsCommitsAndTellsItsDescription() throws {
        let merge = C.commit(C.hash("aa1"), author: "Junio C Hamano <gitster@pobox.com>", message: """
        Merge branch 'hn/bisect-reset-when-found'

        The 'git bisect' command has been taught a
        '--reset-when-found[=<where>]' option.

        * hn/bisect-reset-when-found:
          bisect: add --reset-when-found to leave when done
          bisect: let bisect_reset() optionally check out quietly
        """, parents: ["3beb8bb742", "f70281521a"])
        let first = C.commit(C.hash("f70281521a"), author: "Harald Nordgren <haraldnordgren@gmail.com>",
                             message: "bisect: add --reset-when-found to leave when done", files: [("builtin/bisect.c", 40, 3)])
        let second = C.commit(C.hash("aa3"), author: "Harald Nordgren <haraldnordgren@gmail.com>",
                              message: "bisect: let bisect_reset() optionally check out quietly", files: [("bisect.c", 5, 2)])
        let unrelated = C.commit(C.hash("aa4"), author: "Junio C Hamano <gitster@pobox.com>", message: "The 15th batch",
                                 files: [("Documentation/RelNotes/2.56.0.adoc", 10, 0)])
        let analysis = analyze([merge, unrelated, first, second])
        let story = try #require(storyOf(merge.hash, in: analysis))
        #expect(story.kind == .topic)
        #expect(story.id == "topic:hn/bisect-reset-when-found")
        #expect(story.commits == [merge.hash, first.hash, second.hash])
        #expect(story.summary == "The 'git bisect' command has been taught a '--reset-when-found[=<where>]' option.")
        #expect(story.authors == ["haraldnordgren@gmail.com"])
        #expect(story.areas == ["bisect"])
        #expect(analysis.commits[2].topic == "hn/bisect-reset-when-found")
        #expect(analysis.commits[1].topic == nil)
    }

    @Test func revertIsPairedWithWhatItReverts() throws {
        let revert = C.commit(C.hash("bb1"), author: "Orhun Parmaksız <orhunparmaksiz@gmail.com>",
                              message: "chore(deps): revert execa bump\n\nThis reverts commit 6757911448d25bc97023fd48102502c80dc38eff.")
        let other = C.commit(C.hash("bb2"), message: "docs: fix a link")
        let bump = C.commit("6757911448d25bc97023fd48102502c80dc38eff", author: "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
                            message: "chore(deps): bump execa from 8.0.1 to 9.6.0 in /npm/git-cliff (#1211)")
        let bySubject = C.commit(C.hash("bb4"), message: "Revert \"docs: fix a link\"")
        let analysis = analyze([bySubject, revert, other, bump])
        let pair = try #require(storyOf(revert.hash, in: analysis))
        #expect(pair.kind == .revert)
        #expect(Set(pair.commits) == [revert.hash, bump.hash])
        let quoted = try #require(storyOf(bySubject.hash, in: analysis))
        #expect(Set(quoted.commits) == [bySubject.hash, other.hash])
    }

    @Test func sameIssueFollowUpAndSeries() throws {
        let commits = [
            C.commit(C.hash("cc1"), author: "Madeline Kalil <mkalil@google.com>", message: "gopls/internal/mcp: fix reporting\n\nFixes golang/go#79892"),
            C.commit(C.hash("cc2"), author: "Alan Donovan <adonovan@google.com>", message: "gopls: tidy up\n\nUpdates golang/go#79892"),
            C.commit(C.hash("cc3"), author: "Peter Weinberger <pjw@google.com>", message: "gopls: follow-up to CL 795040",
                     trailers: [("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/795999")]),
            C.commit(C.hash("cc4"), author: "Hana Kim <hyangah@gmail.com>", message: "gopls: the first change",
                     trailers: [("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/795040")]),
            C.commit(C.hash("cc5"), author: "Mark Freeman <mark@golang.org>", date: 1_780_930_000, message: "internal/pkgbits: split the reader (part 1 of 2)"),
            C.commit(C.hash("cc6"), author: "Mark Freeman <mark@golang.org>", date: 1_780_931_000, message: "internal/pkgbits: split the reader (part 2 of 2)"),
            C.commit(C.hash("cc7"), author: "Mark Freeman <mark@golang.org>", date: 1_781_100_000, message: "internal/pkgbits: next day"),
            // One author, one area, one day, unrelated work: two stories, not a series.
            C.commit(C.hash("cc8"), author: "Mark Freeman <mark@golang.org>", date: 1_780_932_000, message: "internal/pkgbits: fix a typo"),
            C.commit(C.hash("cc9"), author: "Mark Freeman <mark@golang.org>", date: 1_780_933_000, message: "internal/pkgbits: export the version"),
        ]
        let analysis = analyze(commits)
        let issue = try #require(storyOf(C.hash("cc1"), in: analysis))
        #expect(issue.kind == .issue)
        #expect(issue.id == "issue:golang/go#79892")
        #expect(Set(issue.commits) == [C.hash("cc1"), C.hash("cc2")])
        #expect(issue.authors.count == 2)
        let followUp = try #require(storyOf(C.hash("cc3"), in: analysis))
        #expect(followUp.kind == .followUp)
        #expect(Set(followUp.commits) == [C.hash("cc3"), C.hash("cc4")])
        let series = try #require(storyOf(C.hash("cc5"), in: analysis))
        #expect(series.kind == .series)
        #expect(Set(series.commits) == [C.hash("cc5"), C.hash("cc6")])
        #expect(storyOf(C.hash("cc7"), in: analysis)?.kind == .single)
        #expect(storyOf(C.hash("cc8"), in: analysis)?.kind == .single)
        #expect(storyOf(C.hash("cc9"), in: analysis)?.kind == .single)
        // Every commit is in exactly one story.
        #expect(analysis.stories.flatMap(\.commits).sorted() == commits.map(\.hash).sorted())
    }
}

extension StoryBuilderTests {
    @Test func topicMergedIntoAnotherTopicClaimsNoCommits() throws {
        let intoTopic = C.commit(C.hash("ab1"), author: "Junio C Hamano <gitster@pobox.com>", message: """
        Merge branch 'kk/streaming-walk-pqueue' into kk/no-walk-pathspec-fix

        * kk/streaming-walk-pqueue: (280 commits)
          The 9th batch
          revision: use priority queue for non-limited streaming walks
        """, parents: ["94f057755b", "dd4bc01c0a"])
        let batch = C.commit(C.hash("ab2"), author: "Junio C Hamano <gitster@pobox.com>", message: "The 9th batch")
        let mainline = C.commit(C.hash("ab3"), author: "Junio C Hamano <gitster@pobox.com>", message: """
        Merge branch 'kk/streaming-walk-pqueue'

        The revision walk uses a priority queue.

        * kk/streaming-walk-pqueue:
          revision: use priority queue for non-limited streaming walks
        """, parents: ["aaaaaaaaaa", "bbbbbbbbbb"])
        let member = C.commit(C.hash("ab4"), author: "Kristofer Karlsson <krka@spotify.com>", message: "revision: use priority queue for non-limited streaming walks")
        let analysis = analyze([intoTopic, batch, mainline, member])
        let story = try #require(storyOf(member.hash, in: analysis))
        #expect(story.id == "topic:kk/streaming-walk-pqueue")
        #expect(Set(story.commits) == [intoTopic.hash, mainline.hash, member.hash])
        #expect(story.commits[0] == mainline.hash, "the main-line merge tells the story")
        #expect(story.summary == "The revision walk uses a priority queue.")
        #expect(storyOf(batch.hash, in: analysis)?.kind == .single)
    }
}

extension StoryBuilderTests {
    @Test func followUpByChangeLink() throws {
        let earlier = C.commit(C.hash("ac1"), message: "gopls: the first change", trailers: [("Reviewed-on", "https://go-review.googlesource.com/c/tools/+/795040")])
        let later = C.commit(C.hash("ac2"), author: "Hana Kim <hyangah@gmail.com>", message: "gopls: fix the first change\n\nSee https://go.dev/cl/795040.")
        let analysis = analyze([later, earlier])
        let story = try #require(storyOf(later.hash, in: analysis))
        #expect(story.kind == .followUp)
        #expect(Set(story.commits) == [earlier.hash, later.hash])
    }
}

@Suite struct StoryBuilderLinkTests {
    @Test func changeNumbersFromLinks() {
        #expect(StoryBuilder.changeNumber(inLink: "go.dev/cl/795040") == "795040")
        #expect(StoryBuilder.changeNumber(inLink: "https://go-review.googlesource.com/c/tools/+/795040") == "795040")
        #expect(StoryBuilder.changeNumber(inLink: "golang.org/cl/12x") == nil)
        #expect(StoryBuilder.changeNumber(inLink: "795040") == nil)
        // A combining mark after the slash makes another character: Foundation finds no `/cl/`.
        #expect(StoryBuilder.changeNumber(inLink: "x/cl/\u{301}12") == nil)
    }

    @Test(arguments: [
        ("6757911448d2", true), ("e15a659b5", true), ("abcdefa", false), ("1234567", false), ("6757911448D2", false),
        ("abc123", false), ("g757911448d2", false),
    ])
    func hashesFromBytes(token: String, isHash: Bool) {
        let bytes = Array(token.utf8)
        #expect(bytes.withUnsafeBufferPointer(ConventionParser.looksLikeHash) == isHash, "\(token)")
        #expect(ConventionParser.looksLikeHash(Substring(token).utf8) == isHash, "\(token)")
    }
}
