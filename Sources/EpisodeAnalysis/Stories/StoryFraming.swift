import EpisodeModel

/// How a story is told, decided from all of its commits: its category, the message sentences
/// a narrator uses (the problem, the change, the effect, a measured result, a revert's reason),
/// whether it fixes a crash, and whom it affects. Pure.
struct StoryFraming {
    var category: ChangeCategory
    var telling: [StorySentence]
    var fixesCrash: Bool
    var affects: [String]

    /// The order a narrator tells a story in, and so the order of `telling`.
    static let roles: [MessageRole] = [.revertReason, .problem, .change, .effect, .measurement, .affected]

    /// Words of a problem that make a fix a crash fix.
    static let crashPhrases = MessageWords.phrases([
        "crash", "crashed", "crashes", "crashing", "panic", "panicked", "panics", "panicking", "garbage", "deadlock",
        "deadlocks", "deadlocked", "hang", "hangs", "hung", "segfault", "segmentation fault", "data race", "corrupt",
        "corrupted", "corruption", "internal error", "out of bounds", "out-of-bounds", "nil pointer", "null pointer",
        "infinite loop", "data loss", "use after free", "use-after-free", "double free",
    ])

    /// Categories that do not name a story when a member says more.
    static let minorCategories: Set<ChangeCategory> = [.docs, .tests, .style, .chore, .build, .refactor, .other, .merge]

    /// - Parameters:
    ///   - ordered: the story's members, headline commit first.
    ///   - messages: each input position's message sentences.
    init(ordered: [Int], facts: [CommitFacts], messages: [[MessageSentence]], affects: [[String]], kind: StoryKind) {
        var telling: [StorySentence] = []
        for role in StoryFraming.roles {
            var chosen: StorySentence?
            for member in ordered {
                let candidates = messages[member].filter { $0.role == role }
                guard let first = candidates.first else { continue }
                // A problem that names a crash says most; otherwise the message's first sentence of the role.
                let best = role == .problem ? candidates.first { MessageWords($0.text).containsAny(StoryFraming.crashPhrases) } ?? first : first
                chosen = StorySentence(commit: facts[member].hash, sentence: best)
                break
            }
            if let chosen { telling.append(chosen) }
        }
        self.telling = telling

        let told = ordered.filter { !facts[$0].isMerge }
        fixesCrash = told.contains { member in
            MessageWords(facts[member].convention.summary).containsAny(StoryFraming.crashPhrases)
                || messages[member].contains { $0.role == .problem && MessageWords($0.text).containsAny(StoryFraming.crashPhrases) }
        }

        var terms: [String] = []
        for member in ordered {
            for term in affects[member] where !terms.contains(term) { terms.append(term) }
        }
        self.affects = terms

        let lead = facts[ordered[0]].category
        let categories = told.map { facts[$0].category }
        if kind == .revert, categories.contains(.revert) {
            category = .revert
        } else if fixesCrash, lead != .revert {
            // A story that fixes a crash is a crash fix, even if its first commit adds a function.
            category = .fix
        } else if StoryFraming.minorCategories.contains(lead),
                  let stronger = [ChangeCategory.fix, .performance, .feature].first(where: categories.contains) {
            category = stronger
        } else {
            category = lead
        }
    }
}
