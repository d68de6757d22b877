import Testing
@testable import EpisodeShow

@Suite struct SpokenWordsTests {
    @Test(arguments: [(0, "zero"), (1, "one"), (9, "nine"), (13, "thirteen"), (20, "twenty"), (23, "twenty-three"), (99, "ninety-nine"), (100, "100"), (480, "480")])
    func cardinals(n: Int, words: String) {
        #expect(SpokenNumber.cardinal(n) == words)
    }

    @Test(arguments: [(1, "first"), (2, "second"), (8, "eighth"), (12, "twelfth"), (21, "twenty-first"), (30, "thirtieth"), (31, "thirty-first"), (111, "111th"), (102, "102nd")])
    func ordinals(n: Int, words: String) {
        #expect(SpokenNumber.ordinal(n) == words)
    }

    @Test func countedNouns() {
        #expect(SpokenNumber.counted(1, "change") == "one change")
        #expect(SpokenNumber.counted(6, "change") == "six changes")
        #expect(SpokenNumber.counted(3, "person") == "three people")
        #expect(SpokenNumber.counted(2, "fix") == "two fixes")
        #expect(SpokenNumber.counted(2, "story") == "two stories")
    }

    @Test(arguments: [("2026-06-08", "Monday, June eighth, 2026", "Monday, June 8, 2026"), ("2026-02-28", "Saturday, February twenty-eighth, 2026", "Saturday, February 28, 2026"), ("2024-02-29", "Thursday, February twenty-ninth, 2024", "Thursday, February 29, 2024"), ("2000-01-01", "Saturday, January first, 2000", "Saturday, January 1, 2000")])
    func spokenAndWrittenDates(iso: String, spoken: String, written: String) throws {
        let date = try EpisodeDate(iso)
        #expect(SpokenDate.spoken(date) == spoken)
        #expect(SpokenDate.written(date) == written)
        #expect(date.description == iso)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-6-8", "yesterday", "2026-06-08T00:00"])
    func rejectsBadDates(text: String) {
        #expect(throws: EpisodeDateError.self) { try EpisodeDate(text) }
    }

    @Test func nextDayRollsOverMonthsAndYears() throws {
        #expect(try EpisodeDate("2026-06-30").next == EpisodeDate("2026-07-01"))
        #expect(try EpisodeDate("2026-12-31").next == EpisodeDate("2027-01-01"))
    }

    @Test(arguments: [("change", "a"), ("fix", "a"), ("issue", "an"), ("MCP tool", "an"), ("SSA package", "an"), ("URL", "a"), ("hour", "an"), ("user", "a"), ("UTF-8 test case", "a"), ("SHA-256 hash", "an")])
    func articles(phrase: String, article: String) {
        #expect(EnglishGrammar.article(for: phrase) == article)
    }

    @Test func lists() {
        #expect(EnglishGrammar.list([]) == "")
        #expect(EnglishGrammar.list(["A"]) == "A")
        #expect(EnglishGrammar.list(["A", "B"]) == "A and B")
        #expect(EnglishGrammar.list(["A", "B", "C"], conjunction: "or") == "A, B or C")
    }

    @Test(arguments: [("fix reporting in the tool", "fixed reporting in the tool"), ("Add support for X", "added support for X"), ("remove unused field", "removed unused field"), ("make tests faster", "made tests faster"), ("skip generic methods", "skipped generic methods"), ("simplify the loop", "simplified the loop"), ("EnclosingFunction: test", nil), ("ID-based answer", nil), ("deprecate importsSource and remove its use", "deprecated importsSource and removed its use"), ("clarify and optimize", "clarified and optimized"), ("add tests and docs", "added tests and docs"), ("add support for read and write", "added support for read and write"), ("fix flaky MCP test, disable Close err logging", "fixed flaky MCP test, disabled Close err logging"), ("Merge branch 'ps/setup' into next", "merged the branch 'ps/setup' into next"), ("don't inline embedded types", "stopped inlining embedded types"), ("temporarily disable semver checks", "temporarily disabled semver checks"), ("re-enable sccache", "re-enabled sccache"), ("removed unused var", "removed unused var"), ("send SIGABRT to stuck commands", "sent SIGABRT to stuck commands")] as [(String, String?)])
    func pastTense(imperative: String, past: String?) {
        #expect(PastTense.phrase(imperative) == past)
    }

    @Test(arguments: [
        // git-cliff and golang/tools subjects.
        ("support enabling native TLS", "added support for enabling native TLS"),
        ("support line comments", "added support for line comments"),
        ("do not set include-path if workdir is set", "stopped setting include-path if workdir is set"),
        ("don't create regex inside a loop", "stopped creating regex inside a loop"),
        ("do not allow missing docs", "stopped allowing missing docs"),
        ("don't panic on nil iface in Get", "prevented a panic on nil iface in Get"),
        ("don't emit shadowing modifier in the builtin pkg", "stopped emitting shadowing modifier in the builtin pkg"),
        ("do not quux the frobs", nil),
        // What the program does is not what the author did (git.git: "die on contains walk errors").
        ("die on contains walk errors", "made the code die on contains walk errors"),
        ("exit zero on -h", "made the code exit zero on -h"),
    ] as [(String, String?)])
    func supportAndDoNotSayWhatTheChangeDoes(imperative: String, past: String?) {
        #expect(PastTense.phrase(imperative) == past)
    }

    @Test(arguments: [
        // Subjects of the corpus that used to fall back to "landed a change: ...".
        ("only deploy website when there is a new release", "only deployed website when there is a new release"),
        ("automatically set include-path for current directory", "automatically set include-path for current directory"),
        ("actually don't emit shadowing modifier", "actually stopped emitting shadowing modifier"),
        ("properly clamp to uLong", "properly clamped to uLong"),
        ("align @types/node with Node.js 18.19+", "aligned @types/node with Node.js 18.19+"),
        ("collapse depfile for older Ninja", "collapsed depfile for older Ninja"),
        ("advertise object-info feature", "advertised object-info feature"),
        ("broaden \"from own test\" skip criterion", "broadened \"from own test\" skip criterion"),
        ("attempt to fix BenchmarkSemanticTokens", "attempted to fix BenchmarkSemanticTokens"),
        ("cleanup remote in followRemoteHEAD dangling ref test", "cleaned up remote in followRemoteHEAD dangling ref test"),
        ("auto-bump the homebrew formula", "auto-bumped the homebrew formula"),
        // A list of names after a comma is no second action (git-cliff: add split_regex, replace_regex, find_regex filters).
        ("add split regex, replace regex, find regex filters", "added split regex, replace regex, find regex filters"),
        ("fix flaky MCP test, disable Close err logging", "fixed flaky MCP test, disabled Close err logging"),
        // A prefix the summary kept.
        ("tr: Update Turkish translations", "updated Turkish translations"),
        ("rebase -i: fix counting of fixups after rebase skip", "fixed counting of fixups after rebase skip"),
        ("hash algorithms: use size t for section lengths", "used size t for section lengths"),
        ("EnclosingFunction: test", nil),
        // A version subject is a release being prepared; a translation's "version 2.55" is not.
        ("git 2.55", "prepared Git 2.55"),
        ("Git 2.55-rc1", "prepared release candidate one of Git 2.55"),
        ("version 2.55", nil),
        ("po-id for 2.55", nil),
        // A noun phrase naming a piece of work is landed; others are not.
        ("monotone flow analysis framework", "landed a monotone flow analysis framework"),
        ("expression-level CFG package in excfg", "landed an expression-level CFG package in excfg"),
        ("partial revert of a change", "landed a partial revert of a change"),
        ("unified diff framework", "landed a unified diff framework"),
        ("SSA builder framework", "landed an SSA builder framework"),
        ("two mitigations for \"surplus bytes\" crash", "landed two mitigations for \"surplus bytes\" crash"),
        ("additional pattern for embedlit", "landed an additional pattern for embedlit"),
        ("hydration error", nil),
        ("diagnostic code", nil),
        ("FindByPos returns the first innermost node", nil),
        ("Test61208 is flaky", nil),
    ] as [(String, String?)])
    func verbsAfterAdverbsPrefixesAndNounPhrases(imperative: String, past: String?) {
        #expect(PastTense.phrase(imperative) == past)
    }

    @Test(arguments: [("set", "setting"), ("create", "creating"), ("stop", "stopping"), ("die", "dying"), ("check", "checking"), ("run", "running"), ("emit", "emitting"), ("quux", nil)] as [(String, String?)])
    func gerunds(verb: String, gerund: String?) {
        #expect(PastTense.gerund(verb) == gerund)
    }

    @Test func subPrefixesOfGoSubjectsAreDropped() {
        #expect(PastTense.withoutSubPrefix("rangeint: handle type parameter constraints") == "handle type parameter constraints")
        #expect(PastTense.withoutSubPrefix("EnclosingFunction: test with generic methods") == "test with generic methods")
        #expect(PastTense.withoutSubPrefix("partial revert of X") == "partial revert of X")
        #expect(PastTense.withoutSubPrefix("two words: Not changed") == "two words: Not changed")
    }

    @Test func sentencesSplitAtSentenceEndsOnly() {
        let sentences = SentenceTools.sentences(in: "It broke, e.g. when run twice. Use Config.Env instead. Done")
        #expect(sentences == ["It broke, e.g. when run twice.", "Use Config.Env instead.", "Done"])
    }

    @Test func longSentencesAreCutAtAClauseBoundary() {
        let long = "The additional diagnostic reporting is broken when the tool input has more than one file because we always use the uri of the first file in the input array."
        #expect(SentenceTools.shortened(long, maxWords: 24) == "The additional diagnostic reporting is broken when the tool input has more than one file.")
        #expect(SentenceTools.shortened(String(repeating: "word ", count: 40), maxWords: 24) == nil)
    }
}
