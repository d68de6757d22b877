import Foundation
import EpisodeModel

/// Scores commits and stories with an explainable model: each signal adds points (its weight
/// times its strength) and says why in a `ScoreReason`. Weights come from the configuration
/// by signal id, else `Signal.defaultWeight`. Points are rounded to two decimals so the JSON
/// is stable. `Docs/SCORING.md` documents the model. Pure.
struct SignificanceScorer {
    let weights: [String: Double]
    let areaWeights: [String: Double]

    init(configuration: ShowConfiguration) {
        weights = configuration.weights
        areaWeights = configuration.areaWeights
    }

    func weight(_ signal: Signal) -> Double { weights[signal.rawValue] ?? signal.defaultWeight }

    /// Phrases that name a serious problem, by signal; a match in the subject counts fully, in the body half.
    static let problemPhrases: [(Signal, [String])] = [
        (.crash, ["crash", "crashes", "crashed", "crashing", "panic", "panics", "panicked", "panicking", "segfault", "segfaults", "sigsegv",
                  "segmentation fault", "internal error", "nil pointer", "nil dereference", "null pointer", "index out of range",
                  "out of bounds", "stack overflow", "use after free", "assertion failure", "abort"]),
        (.race, ["data race", "race condition", "race", "races", "racy"]),
        (.deadlock, ["deadlock", "deadlocks", "livelock", "hang", "hangs", "hung"]),
        (.leak, ["leak", "leaks", "leaking", "leaked"]),
        (.security, ["security", "vulnerability", "vulnerabilities", "cve", "exploit", "exploitable"]),
        (.regression, ["regression", "regressions", "regressed"]),
    ]
    /// `problemPhrases` prepared for `Words`.
    static let problemPhraseLists = problemPhrases.map { ($0.0, PhraseList($0.1)) }
    static let newAPIPhraseList = PhraseList(newAPIPhrases)
    static let newAPIPhrases = ["api", "apis", "new option", "new flag", "new command", "new subcommand", "new function",
                                "new method", "new analyzer", "new setting", "new tool", "new package", "new type", "new feature"]
    static let operatingSystems: Set<String> = ["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
                                                "linux", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos", "macos",
                                                "nonstop", "cygwin", "mingw"]
    static let architectures: Set<String> = ["386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le",
                                             "ppc64", "ppc64le", "riscv64", "s390x", "wasm"]
    /// Words that name a platform reliably enough in prose (`arm` and `386` do not).
    static let spokenPlatforms: Set<String> = operatingSystems.union(["amd64", "arm64", "loong64", "ppc64le", "riscv64", "s390x", "wasm"])
    static let spokenPlatformList = PhraseList(spokenPlatforms.sorted())
    /// Categories whose size and spread count half: they rarely matter as much as they weigh.
    static let minorCategories: Set<ChangeCategory> = [.docs, .tests, .style, .chore, .build]

    func score(_ fact: CommitFacts) -> Score {
        var reasons: [ScoreReason] = []
        func add(_ signal: Signal, strength: Double = 1, _ detail: String) {
            let points = SignificanceScorer.rounded(weight(signal) * strength)
            if points != 0 { reasons.append(ScoreReason(signal: signal, points: points, detail: detail)) }
        }
        // A topic merge's description is the maintainer's own summary of the topic: read it as a subject.
        let subject = Words(fact.convention.topicDescription ?? fact.convention.summary)
        // The body's words are only needed for fixes, reverts and merges that the subject does not explain.
        var body: Words?
        let isTypo = subject.firstMention(of: ChangeCategorizer.typoPhraseList)

        if let typo = isTypo, fact.category == .docs {
            add(.typo, "subject says \"\(typo)\"")
        } else if fact.category == .merge, let description = fact.convention.topicDescription,
                  let described = ChangeCategorizer.describedCategory(description) {
            // The topic's commits may have landed on other days: its description says what it was.
            add(Signal.base(for: described), "a topic merge whose description tells a \(described.rawValue) change")
        } else {
            add(Signal.base(for: fact.category), "a \(fact.category.rawValue) change")
        }

        // A problem named in a cleanup, docs or tests change is rarely a problem fixed.
        let subjectCounts = !SignificanceScorer.minorCategories.contains(fact.category) && fact.category != .refactor
            && (fact.category != .merge || fact.convention.topicDescription != nil)
        let bodyCounts = [.fix, .revert, .merge].contains(fact.category)
        for (signal, phrases) in SignificanceScorer.problemPhraseLists {
            if subjectCounts, let phrase = subject.firstMention(of: phrases) {
                add(signal, "subject says \"\(phrase)\"")
            } else if bodyCounts {
                if body == nil { body = Words(fact.commit.body) }
                if let phrase = body?.firstMention(of: phrases) { add(signal, strength: 0.5, "message says \"\(phrase)\"") }
            }
        }
        if fact.convention.conventional?.breaking == true { add(.breaking, "marked as a breaking change") }
        if fact.category == .feature, let reason = newAPIReason(fact, subject: subject) { add(.newAPI, reason) }

        let footprint = Footprint(fact.commit.files, layouts: fact.layouts)
        let inner = ChangeCategorizer.innerSummary(fact.convention.summary)
        let surface = UserSurface(summary: fact.convention.topicDescription ?? inner, files: fact.commit.files, layouts: fact.layouts)
        // A rename or removal the documentation pages follow is one users see (an analyzer renamed), not a cleanup.
        let mechanical = surface.documentationPage == nil ? MechanicalChange.reason(summary: inner, files: fact.commit.files, footprint: footprint) : nil
        if let mechanical { add(.cleanup, mechanical) }
        if fact.category != .tests, fact.category != .docs {
            if let reason = surface.surface { add(.surface, reason) }
            if let page = surface.documentationPage { add(.documented, "changes \(page) with the code") }
        }
        if [.performance, .other, .refactor, .feature].contains(fact.category), let result = SignificanceScorer.measuredResult(fact.commit.body) {
            add(.measured, "message reports \(result)")
        }

        // What the user documentation follows is what users meet: a dependency update or a rename it
        // documents (new checks from a linter upgrade, an analyzer renamed) keeps its full size.
        let documented = surface.documentationPage != nil && fact.category != .docs && fact.category != .tests
        let minor = (SignificanceScorer.minorCategories.contains(fact.category) && !documented) || isTypo != nil || mechanical != nil
        let renames = footprint.mostlyRenamed && !documented
        let factor = (minor ? 0.5 : 1) * (renames ? 0.25 : 1)
        let minorNote = mechanical != nil ? ", halved for a mechanical change" : ", halved for a \(fact.category.rawValue) change"
        let factorNote = (minor ? minorNote : "") + (renames ? ", quartered: mostly renames" : "")
        if footprint.magnitude > 0 {
            add(.size, strength: min(3, log10(1 + Double(footprint.magnitude))) * factor, footprint.sizeDetail + factorNote)
        }
        if footprint.directories >= 2 {
            add(.spread, strength: min(2, log2(Double(footprint.directories))) * factor, "\(footprint.directories) directories" + factorNote)
        }
        if footprint.touchesTests, footprint.touchesOther, fact.category != .tests { add(.testsAdded, "changes tests with the code") }

        let platforms = self.platforms(fact)
        if platforms.count >= 2 {
            add(.platforms, strength: min(3, Double(platforms.count - 1)), "platforms: " + platforms.joined(separator: ", "))
        }
        let issues = fact.issueReferences.filter { $0.relation != "mentions" }
        if !issues.isEmpty {
            add(.issue, strength: min(2, Double(issues.count)), issues.map { "\($0.relation) \($0.label)" }.joined(separator: ", "))
        }
        let reviewers = self.reviewers(fact)
        if reviewers > 0 { add(.reviewers, strength: min(4, Double(reviewers)), "\(reviewers) reviewer" + (reviewers == 1 ? "" : "s")) }
        let discussion = self.discussion(fact)
        if discussion > 0 {
            add(.discussion, strength: min(4, Double(discussion)), "\(discussion) other \(discussion == 1 ? "person" : "people") in Cc, Reported-by, Tested-by, Helped-by or Suggested-by")
        }
        if fact.isBot { add(.bot, "authored by a bot") }

        let multiplier = areaWeights[fact.decision.area.id] ?? 1
        if multiplier != 1 {
            let subtotal = reasons.reduce(0) { $0 + $1.points }
            let points = SignificanceScorer.rounded(subtotal * (multiplier - 1))
            if points != 0 {
                reasons.append(ScoreReason(signal: .area, points: points, detail: "area \(fact.decision.area.id) weighs \(multiplier)"))
            }
        }
        return SignificanceScorer.makeScore(reasons)
    }

    /// A story's score: its lead commit's reasons (`best(of:scores:)`), plus a bonus for more commits and more authors.
    func score(story members: [Int], commitScores: [Score], authors: Int) -> Score {
        var reasons = commitScores[SignificanceScorer.best(of: members, scores: commitScores)].reasons
        if members.count > 1 {
            let points = SignificanceScorer.rounded(weight(.storyCommits) * min(2, log2(Double(members.count))))
            if points != 0 { reasons.append(ScoreReason(signal: .storyCommits, points: points, detail: "\(members.count) commits")) }
        }
        if authors > 1 {
            let points = SignificanceScorer.rounded(weight(.storyAuthors) * min(2, Double(authors - 1)))
            if points != 0 { reasons.append(ScoreReason(signal: .storyAuthors, points: points, detail: "\(authors) authors")) }
        }
        return SignificanceScorer.makeScore(reasons)
    }

    /// The member that leads its story: the highest scoring commit that is not a cleanup, else the
    /// highest scoring one; ties go to the first in input order. A large reformat that came with a
    /// fix is told as part of the fix, never as its headline.
    static func best(of members: [Int], scores: [Score]) -> Int {
        let substantive = members.filter { !scores[$0].reasons.contains { $0.signal == .cleanup } }
        let candidates = substantive.isEmpty ? members : substantive
        return candidates.max { scores[$0].total < scores[$1].total || (scores[$0].total == scores[$1].total && $0 > $1) }!
    }

    private func newAPIReason(_ fact: CommitFacts, subject: Words) -> String? {
        if let phrase = subject.firstMention(of: SignificanceScorer.newAPIPhraseList) { return "subject says \"\(phrase)\"" }
        if let option = fact.convention.summary.split(separator: " ").first(where: { $0.hasPrefix("--") && $0.count > 2 }) {
            return "adds the option \(option)"
        }
        if let added = fact.commit.files.indices.first(where: { fact.commit.files[$0].kind == .added && fact.layouts[$0] == nil }) {
            return "adds \(fact.commit.files[added].path)"
        }
        return nil
    }

    /// Platforms named by file suffixes (`_windows.go`, `_linux_arm64.s`) or in the subject. The body is
    /// left out: it names the machine a benchmark ran on (`linux/amd64`) as often as what changed.
    private func platforms(_ fact: CommitFacts) -> [String] {
        var found = Set<String>()
        for file in fact.commit.files {
            let basename = file.path.split(separator: "/").last.map(String.init) ?? file.path
            let stem = basename.split(separator: ".").first.map(String.init) ?? basename
            let parts = stem.lowercased().split(separator: "_").dropFirst().map(String.init).filter { $0 != "test" }
            for part in parts where SignificanceScorer.operatingSystems.contains(part) || SignificanceScorer.architectures.contains(part) {
                found.insert(part)
            }
        }
        let words = Words(fact.commit.subject)
        found.formUnion(words.mentions(of: SignificanceScorer.spokenPlatformList))
        return found.sorted()
    }

    /// Distinct people in `Reviewed-by` and `Acked-by` trailers, not counting the author.
    private func reviewers(_ fact: CommitFacts) -> Int {
        let authorEmail = fact.commit.author?.email.lowercased() ?? ""
        var seen = Set<String>()
        for value in fact.commit.values(ofTrailer: "Reviewed-by") + fact.commit.values(ofTrailer: "Acked-by") {
            let (name, email) = IdentityResolver.split(value)
            let key = email.isEmpty ? name : email.lowercased()
            if !key.isEmpty, key != authorEmail { seen.insert(key) }
        }
        return seen.count
    }

    /// Distinct people the change was discussed with or reported by, not counting the author or its reviewers.
    private func discussion(_ fact: CommitFacts) -> Int {
        let authorEmail = fact.commit.author?.email.lowercased() ?? ""
        var seen = Set<String>()
        for key in ["Cc", "Reported-by", "Tested-by", "Helped-by", "Suggested-by"] {
            for value in fact.commit.values(ofTrailer: key) {
                let (name, email) = IdentityResolver.split(value)
                let person = email.isEmpty ? name : email.lowercased()
                if !person.isEmpty, person != authorEmail { seen.insert(person) }
            }
        }
        return seen.count
    }

    /// Benchmark units and words that say a message reports measured results.
    static let measuredUnits = ["ns/op", "allocs/op", "B/op", "geomean", "sec/op", "MB/s"]
    static let measuredPhraseList = PhraseList(["faster", "slower", "speedup", "speed up", "fewer allocations", "less memory", "reduces memory"])

    /// What a body reports as a measured result: a benchmark unit, or a speed word with a percentage.
    static func measuredResult(_ body: String) -> String? {
        if let unit = measuredUnits.first(where: { body.contains($0) }) { return "benchmark results (\(unit))" }
        guard body.contains("%"), let phrase = Words(body).firstMention(of: measuredPhraseList) else { return nil }
        return "a percentage with \"\(phrase)\""
    }

    static func rounded(_ value: Double) -> Double {
        let result = (value * 100).rounded() / 100
        return result == 0 ? 0 : result
    }

    static func makeScore(_ reasons: [ScoreReason]) -> Score {
        var score = Score(reasons: reasons)
        score.total = rounded(score.total)
        return score
    }
}
