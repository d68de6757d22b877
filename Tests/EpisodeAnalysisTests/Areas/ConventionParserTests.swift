import Testing
@testable import EpisodeAnalysis
import EpisodeModel

@Suite struct ConventionParserTests {
    typealias C = CommitBuilder

    func parse(_ message: String, trailers: [(String, String)] = []) -> CommitConvention {
        ConventionParser.parse(C.commit(C.hash("d1"), message: message, trailers: trailers))
    }

    @Test(arguments: [
        ("runtime: fix a deadlock in the scheduler", ["runtime"], "fix a deadlock in the scheduler"),
        ("cmd/link: put runtime.text first", ["cmd/link"], "put runtime.text first"),
        ("builtin/log: stop leaking the rev-list options", ["builtin/log"], "stop leaking the rev-list options"),
        ("go/analysis, gopls: remove the bug subcommand", ["go/analysis", "gopls"], "remove the bug subcommand"),
        ("x/tools{,gopls}: update golang.org/x dependencies", ["x/tools", "x/tools/gopls"], "update golang.org/x dependencies"),
        ("go/{ast,types}: doc tweaks", ["go/ast", "go/types"], "doc tweaks"),
        ("doc: interpret-trailers: explain key format", ["doc"], "interpret-trailers: explain key format"),
    ])
    func readsSubjectPrefixes(subject: String, prefixes: [String], summary: String) {
        let convention = parse(subject)
        #expect(convention.prefixes == prefixes)
        #expect(convention.summary == summary)
        #expect(convention.conventional == nil)
    }

    @Test(arguments: [
        "The 16th batch", "Fix flaky test: it: was: wrong", "Merge pull request #12 from x/y", "Update README.md",
    ])
    func leavesOrdinarySubjectsAlone(subject: String) {
        let convention = parse(subject)
        #expect(convention.conventional == nil)
        if subject.hasPrefix("Fix flaky") { #expect(convention.prefixes.isEmpty) }
        #expect(convention.topic == nil)
    }

    @Test func readsConventionalCommits() {
        let plain = parse("feat(changelog): support sorting commits by the oldest first")
        #expect(plain.conventional == ConventionalCommit(type: "feat", scope: "changelog", breaking: false, description: "support sorting commits by the oldest first"))
        #expect(plain.summary == "support sorting commits by the oldest first")
        #expect(plain.prefixes.isEmpty)

        let bang = parse("refactor(config)!: remove the deprecated options")
        #expect(bang.conventional?.breaking == true)
        #expect(bang.conventional?.scope == "config")

        let footer = parse("feat(template): render the remote\n\nExplain it.\n\nBREAKING CHANGE: the context changed")
        #expect(footer.conventional?.breaking == true)
        let trailer = parse("fix: render the remote", trailers: [("BREAKING CHANGE", "the context changed")])
        #expect(trailer.conventional == ConventionalCommit(type: "fix", scope: nil, breaking: true, description: "render the remote"))
    }

    @Test func readsTopicMerges() {
        let convention = parse("""
        Merge branch 'ps/odb-make-creation-pluggable' into maint-2.54

        The creation of the on-disk data structures for the object database
        has been made pluggable. As part of this, the initialization has been deferred.

        * ps/odb-make-creation-pluggable:
          odb: make creation of on-disk structures pluggable
          setup: defer object database creation
        """)
        #expect(convention.topic == "ps/odb-make-creation-pluggable")
        #expect(convention.mergedInto == "maint-2.54")
        #expect(convention.topicSubjects == ["odb: make creation of on-disk structures pluggable", "setup: defer object database creation"])
        #expect(convention.topicDescription == "The creation of the on-disk data structures for the object database has been made pluggable. As part of this, the initialization has been deferred.")
        #expect(convention.summary == "The creation of the on-disk data structures for the object database has been made pluggable.")
    }

    @Test func readsReverts() {
        let quoted = parse("Revert \"transport-helper, connect: use clean_on_exit to reap children on abnormal exit\"\n\nThis reverts commit 1234567abcdef, which broke mksh.")
        #expect(quoted.revertedSubject == "transport-helper, connect: use clean_on_exit to reap children on abnormal exit")
        #expect(quoted.revertedHashes == ["1234567abcdef"])
        let conventional = parse("revert: \"chore: needless for each\"")
        #expect(conventional.revertedSubject == "chore: needless for each")
        let byHash = parse("chore(deps): revert execa bump\n\nThis reverts commit 6757911448d25bc97023fd48102502c80dc38eff.")
        #expect(byHash.revertedHashes == ["6757911448d25bc97023fd48102502c80dc38eff"])
        #expect(byHash.isRevert)
    }
}

extension ConventionParserTests {
    @Test func revertOfSeveralCommitsNamesTheirHashes() {
        // golang/tools 0602b30930e3, shortened.
        let convention = parse("""
        gopls: revert CLI usability revamp to stabilize release

        This temporarily reverts the following commits associated with the CLI
        usability revamp (CL 788640 and subsequent fixes):
        - e15a659b5 (gopls: decouple remote connection flags)
        - 60c2434ec (gopls/internal/cmd: fix regression in initialization)
        """)
        #expect(convention.isRevert)
        #expect(convention.revertedHashes == ["e15a659b5", "60c2434ec"])
        #expect(convention.prefixes == ["gopls"])
    }
}

extension ConventionParserTests {
    @Test(arguments: [
        ("feat(bitbucket): add Bitbucket support (#663)", "add Bitbucket support"),
        ("fix(config): use empty header and footer as default (#1161) (#1172)", "use empty header and footer as default"),
        ("fix(x): keep (parentheses) here", "keep (parentheses) here"),
        ("docs: (#12)", "(#12)"),
    ])
    func summaryLeavesOutTrailingPullRequestNumbers(subject: String, summary: String) {
        #expect(parse(subject).summary == summary)
    }
}

extension ConventionParserTests {
    @Test func readsLongShortlogHeaders() {
        let convention = parse("""
        Merge branch 'kk/streaming-walk-pqueue' into kk/no-walk-pathspec-fix

        * kk/streaming-walk-pqueue: (280 commits)
          revision: use priority queue for non-limited streaming walks
          The 9th batch
          ...
        """)
        #expect(convention.topic == "kk/streaming-walk-pqueue")
        #expect(convention.mergedInto == "kk/no-walk-pathspec-fix")
        #expect(convention.topicSubjects == ["revision: use priority queue for non-limited streaming walks", "The 9th batch"])
        #expect(convention.topicDescription == nil)
    }
}

/// The quick byte checks and the per-text revert search give what the full parse gives.
@Suite struct ConventionParserFastPathTests {
    @Test(arguments: [
        "fix(parser)!: keep order", "feat: add Bitbucket support", "Docs: update", "runtime: fix a crash", "fix: ", "fix:x",
        "Merge branch 'ps/odb'", "t/t1234: adjust", "fix\u{301}: accented", "refactor!: drop API", "chore(deps): bump", "",
        "fixed", "fix(: broken", "Fix: é",
    ])
    func quickRejectAgreesWithTheFullTest(_ subject: String) {
        #expect(ConventionParser.conventionalHeader(subject) == ConventionParser.fullConventionalHeader(subject))
    }

    @Test func headersStillParse() {
        #expect(ConventionParser.conventionalHeader("fix(parser)!: keep order")
            == ConventionalCommit(type: "fix", scope: "parser", breaking: true, description: "keep order"))
        #expect(ConventionParser.conventionalHeader("Docs: update the guide")?.type == "docs")
        #expect(ConventionParser.conventionalHeader("runtime: fix a crash") == nil)
        #expect(ConventionParser.conventionalHeader("fix\u{301}: accented") == nil)
    }

    @Test func prefixesFromBytesMatch() {
        #expect(ConventionParser.prefixHeader("go/analysis, gopls: fix")?.0 == ["go/analysis", "gopls"])
        #expect(ConventionParser.prefixHeader("Merge branch 'x': y") == nil)
        #expect(ConventionParser.prefixHeader("go/{ast,types}: tidy")?.0 == ["go/ast", "go/types"])
        #expect(ConventionParser.prefixHeader("café: ouvert")?.0 == ["café"])
    }

    @Test(arguments: [
        "go/analysis, gopls: fix", "a, b/{c,d}: x", "x/tools{,gopls}: y", " a ,b : spaced", "a b: not a prefix", ": empty head",
        "t/t1234: adjust", "runtime: ", "cmd/{go,link}, runtime/{cgo}: many", "Merge branch 'x': y", "a,,b: empty part",
        String(repeating: "p", count: 80) + ": long", String(repeating: "p", count: 81) + ": too long", "a\tb: tab", "no colon",
    ])
    func asciiPrefixesMatchTheCharacterPath(_ subject: String) {
        let fast = ConventionParser.asciiPrefixHeader(subject)
        let general = ConventionParser.generalPrefixHeader(subject)
        #expect(fast?.0 == general?.0)
        #expect(fast?.1 == general?.1)
    }

    @Test func revertedHashesPerTextMatchTheJoinedSearch() {
        let cases: [(String, [Trailer])] = [
            ("This reverts commit 6757911448d2abc.", []),
            ("This Reverts Commit ABCDEF1234567 and reverts commit abcdef1234567.", [Trailer(key: "Signed-off-by", value: "René Scharfe <l.s.r@web.de>")]),
            ("Le commit fautif: reverts commit 1234567abc, déjà vu.", [Trailer(key: "Note", value: "reverts commit 1234567abc")]),
            ("", [Trailer(key: "Reverts", value: "reverts commit fedcba9876543")]),
        ]
        for (body, trailers) in cases {
            let joined = ConventionParser.revertedHashes(in: body + "\n" + trailers.map(\.value).joined(separator: "\n"))
            #expect(ConventionParser.revertedHashes(body: body, trailers: trailers).own == joined)
            #expect(ConventionParser.revertedHashes(body: body, trailers: trailers).squashed.isEmpty)
        }
    }

    /// git-cliff's squash merge `docs(website): add a FAQ section ... (#1218)` lists a revert of
    /// one of its own commits; a message's own revert line before the list still counts.
    @Test func hashesInAListOfSquashedCommitsAreKeptApart() {
        let body = "* docs: update README link\n\n* revert: docs: update README link\n\nThis reverts commit 53432971a2264814c8ebe53433c6acf351e23c31.\n"
        let squash = ConventionParser.revertedHashes(body: body, trailers: [])
        #expect(squash.own.isEmpty)
        #expect(squash.squashed == ["53432971a2264814c8ebe53433c6acf351e23c31"])
        let own = ConventionParser.revertedHashes(body: "This reverts commit abcdef1234567.\n\n* also: abcdef7654321 reverts commit 1234567abcdef.", trailers: [])
        #expect(own.own == ["abcdef1234567"])
        #expect(own.squashed == ["1234567abcdef"])
        #expect(ConventionParser.parse(Commit(hash: "f", subject: "docs(website): add a FAQ section (#1218)", body: body)).isRevert == false)
    }
}
