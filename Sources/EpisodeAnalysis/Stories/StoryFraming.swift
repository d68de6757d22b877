import EpisodeModel

/// How a story is told, decided from all of its commits: its category, the message sentences
/// a narrator uses (the problem, the change, the effect, a measured result, a revert's reason),
/// whether it fixes a crash, and whom it affects. Pure.
struct StoryFraming {
    var category: ChangeCategory
    var telling: [StorySentence]
    var fixesCrash: Bool
    var affects: [String]

    /// The order a narrator tells a story in, and so the order of `telling` (context goes with the problem).
    static let roles: [MessageRole] = [.revertReason, .problem, .change, .effect, .measurement, .affected]


    /// Words of a problem that make a fix a crash fix.
    static let crashPhrases = MessageWords.phrases([
        "crash", "crashed", "crashes", "crashing", "panic", "panicked", "panics", "panicking", "garbage", "deadlock",
        "deadlocks", "deadlocked", "hang", "hangs", "hung", "segfault", "segmentation fault", "data race", "corrupt",
        "corrupted", "corruption", "out of bounds", "out-of-bounds", "nil pointer", "null pointer",
        "infinite loop", "data loss", "use after free", "use-after-free", "double free",
    ])

    /// Two sentences next to each other in one paragraph.
    static func adjacent(_ first: MessageSentence, _ second: MessageSentence) -> Bool {
        let gap = second.offset - (first.offset + first.length)
        return gap >= 0 && gap <= 2
    }

    /// Categories that do not name a story when a member says more.
    static let minorCategories: Set<ChangeCategory> = [.docs, .tests, .style, .chore, .build, .refactor, .other, .merge]

    /// - Parameters:
    ///   - ordered: the story's members, headline commit first.
    ///   - messages: each input position's message sentences.
    init(ordered: [Int], facts: [CommitFacts], messages: [[MessageSentence]], affects: [[String]], kind: StoryKind) {
        var telling: [StorySentence] = []
        for role in StoryFraming.roles {
            for member in ordered {
                let sentences = messages[member]
                let candidates = sentences.indices.filter { sentences[$0].role == role }
                guard let first = candidates.first else { continue }
                guard role == .problem else {
                    telling.append(StorySentence(commit: facts[member].hash, sentence: sentences[first]))
                    break
                }
                // The problem that says most plainly what went wrong (a crash above all), and the
                // sentence just before it, which often says when it happens.
                // The strongest, the earliest among equals; each sentence's words are found once.
                let strengths = candidates.map { MessageWords(sentences[$0].text).problemStrength }
                let best = candidates[strengths.indices.max { strengths[$0] != strengths[$1] ? strengths[$0] < strengths[$1] : $0 > $1 }!]
                if best > 0, [.problem, .background].contains(sentences[best - 1].role), StoryFraming.adjacent(sentences[best - 1], sentences[best]) {
                    telling.append(StorySentence(commit: facts[member].hash, sentence: sentences[best - 1]))
                }
                telling.append(StorySentence(commit: facts[member].hash, sentence: sentences[best]))
                break
            }
        }
        // No failure named anywhere: the headline's own context, so that the scene it sets is its change's.
        if !telling.contains(where: { $0.role == .problem }), let context = messages[ordered[0]].first(where: { $0.role == .background }) {
            let place = telling.firstIndex { $0.role != .revertReason } ?? telling.endIndex
            telling.insert(StorySentence(commit: facts[ordered[0]].hash, sentence: context), at: place)
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
