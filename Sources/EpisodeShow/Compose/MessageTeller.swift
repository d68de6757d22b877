import EpisodeModel

/// Turns the message sentences the analysis found for a story into what the script may say:
/// each role's sentence cut to one breath and made speakable, or nothing when none reads well
/// aloud. It only ever shortens at clause boundaries and rewrites code, paths and numbers the
/// way `SpeakableText` does; it never paraphrases. Pure.
struct MessageTeller: Sendable {
    let reasons: ReasonFinder

    /// What a story's messages say, made speakable.
    struct Told: Sendable {
        var problem: Reason?
        /// The problem sentence just before `problem` in its message (often when it happens), for the lead.
        var problemBefore: Reason?
        var effect: Reason?
        /// A second effect sentence, for the lead, which has room to say more of what got better.
        var moreEffect: Reason?
        /// What the change does in the message's own words ("This change downgrades it to an expected error.").
        var change: Reason?
        var measurement: Reason?
        var revertReason: Reason?
        /// Context from the headline's message when no message names a failure ("Generic methods
        /// cannot be part of interface method sets."): told as background, never as what went wrong.
        var background: Reason?
        /// The commit whose message `problem` comes from.
        var problemCommit: String?
        /// The message sentences behind each pick above, by the spoken text they became.
        var sources: [String: StorySentence] = [:]

        /// Whether anything here says why: a problem, its context, an effect, a number or a revert's reason.
        var saysWhy: Bool { problem != nil || background != nil || effect != nil || measurement != nil || revertReason != nil }
    }

    /// The first sentence of each role that reads well aloud: the analysis's choice first, then
    /// the other sentences of that role in the story's commits, headline commit first.
    func tell(_ story: Story, commits: [AnalyzedCommit], subject: String) -> Told {
        var used: Set<String> = []
        var sources: [String: StorySentence] = [:]
        func pick(_ role: MessageRole, from commits: [AnalyzedCommit]) -> Reason? {
            let hashes = Set(commits.map(\.commit.hash))
            var candidates = story.telling.filter { $0.role == role && hashes.contains($0.commit) }
            for commit in commits {
                candidates += commit.message.filter { $0.role == role }.map { StorySentence(commit: commit.commit.hash, sentence: $0) }
            }
            for candidate in candidates where !used.contains(candidate.text) {
                guard let reason = speakable(candidate.text, role: role, subject: subject) else { continue }
                used.insert(candidate.text)
                sources[reason.text] = candidate
                return reason
            }
            return nil
        }
        let revert = pick(.revertReason, from: commits)
        // The analysis puts the sentence before the best problem first when it tells the problem in two.
        let scene = story.telling.filter { $0.role == .problem || $0.role == .background }
        var before: Reason?
        if scene.count == 2, scene[1].role == .problem, let first = speakable(scene[0].text, role: scene[0].role, subject: subject) {
            before = first
            used.insert(scene[0].text)
            sources[first.text] = scene[0]
        }
        var problem = pick(.problem, from: commits)
        if problem == nil, before != nil, scene[0].role == .problem { (problem, before) = (before, nil) }
        var background: Reason?
        if problem == nil {
            background = before ?? scene.first { $0.role == .background }.flatMap { sentence in
                speakable(sentence.text, role: .background, subject: subject).map { reason in
                    sources[reason.text] = sentence
                    return reason
                }
            }
            before = nil
        }
        let measurement = pick(.measurement, from: commits)
        let effect = pick(.effect, from: commits)
        let moreEffect = effect == nil ? nil : pick(.effect, from: commits)
        // Told as "The change ..." or "Alan's commit ...": the headline commit's own words only.
        let change = pick(.change, from: Array(commits.prefix(1)))
        return Told(
            problem: problem, problemBefore: before, effect: effect, moreEffect: moreEffect, change: change, measurement: measurement, revertReason: revert,
            background: background, problemCommit: problem.flatMap { sources[$0.text]?.commit }, sources: sources)
    }

    /// Another commit of a story told with one sentence of its own message: what went wrong,
    /// its context, what it does or what got better, in that order of preference.
    struct Companion: Sendable {
        /// The role the sentence plays; a change is split into `changeRest` or `changeImperative` by the facts.
        var role: MessageRole
        var reason: Reason
        var source: StorySentence
        /// After a problem or its context, what that commit does in its own words, when it says so.
        var change: (reason: Reason, source: StorySentence)?
    }

    /// The sentence that best tells one more commit of a story, or `nil` when none reads well alone.
    func companion(_ commit: AnalyzedCommit, subject: String, said: Set<String>) -> Companion? {
        for role in [MessageRole.problem, .background, .change, .effect] {
            for sentence in commit.message where sentence.role == role && !said.contains(sentence.text) {
                // An effect leans on a change that was not said here: only context-free roles, or an effect that opens plainly.
                if role == .effect, reasons.pointsBack(sentence.text) { continue }
                guard let reason = speakable(sentence.text, role: role, subject: subject) else { continue }
                var found = Companion(role: role, reason: reason, source: StorySentence(commit: commit.commit.hash, sentence: sentence))
                if role == .problem || role == .background {
                    found.change = commit.message.lazy.filter { $0.role == .change && !said.contains($0.text) }.compactMap { change in
                        self.speakable(change.text, role: .change, subject: subject).map { ($0, StorySentence(commit: commit.commit.hash, sentence: change)) }
                    }.first
                }
                return found
            }
        }
        return nil
    }

    /// One sentence made speakable, or `nil` when it leans on a sentence not said, reads like an
    /// instruction, or only repeats the subject.
    func speakable(_ written: String, role: MessageRole, subject: String) -> Reason? {
        // A whole sentence that led into a code block ends with its own words (the reader drops short lead-ins).
        var text = written
        if text.hasSuffix(":") {
            text = String(text.dropLast())
            // "... producing invalid code such as:" points at an example that is not read.
            for pointer in [" such as", " like", " for example", " e.g."] where text.hasSuffix(pointer) { text = String(text.dropLast(pointer.count)) }
            text = SentenceTools.withoutDanglingEnd(text.trimmingTrailing(",")) + "."
        }
        // "... two defensive measures: 1) frob encoding asserts ...": the list is not read, its introduction is.
        if let colon = MessageTeller.enumerationColon(in: text) { text = String(text[..<colon]) + "." }
        // An effect or result follows the change it is about, so "This allows ..." and "It is now ..." read well.
        // A revert's reason speaks of "these changes", the ones reverted, which the story just named.
        let leansOnChange = role == .effect || role == .measurement || role == .revertReason
        if !leansOnChange, reasons.pointsBack(text) { return nil }
        if role == .problem || role == .background || role == .effect, reasons.isInstructionOrFragment(text) { return nil }
        // A change is told as "This change/CL ..." or as an imperative ("Use X instead."), which the
        // templates introduce ("The fix: use X instead.") so that it never sounds like advice.
        if role == .change, !MessageTeller.changeOpeners.contains(where: text.hasPrefix), !MessageTeller.isImperative(text) { return nil }
        // Sentences that speak as the author ("I changed ...") are told only as quotes; `speakableReason` checks.
        guard let found = reasons.speakableReason(text) else { return nil }
        let spoken = found.text
        // A reference left out at the end ("added by <commit>.") leaves the sentence saying less than
        // it meant: better not said at all (`speakableReason` turned away "present since <commit>.").
        if SentenceTools.endsDangling(spoken) { return nil }
        let (alone, cut) = SentenceTools.withoutLeadingConnective(spoken)
        guard !repeats(alone, subject: subject) else { return nil }
        return Reason(text: SentenceTools.splitLong(alone), isVerbatim: found.isVerbatim && !cut)
    }

    /// Where a sentence's colon introduces a numbered or lettered list ("1)", "(a)", "1.").
    static func enumerationColon(in text: String) -> String.Index? {
        var search = text.startIndex
        while let colon = text[search...].firstIndex(of: ":") {
            let rest = text[text.index(after: colon)...].drop { $0 == " " }.drop { $0 == "(" }
            if let marker = rest.first, marker.isNumber || marker.isLetter,
               let after = rest.dropFirst().first, after == ")" || (after == "." && marker.isNumber) {
                return colon
            }
            search = text.index(after: colon)
        }
        return nil
    }

    static let changeOpeners = ["This CL ", "This commit ", "This patch ", "This change "]

    /// "Use the correct uri ...": a sentence that opens with a verb in the base form.
    static func isImperative(_ sentence: String) -> Bool {
        guard let first = sentence.split(separator: " ").first, first.first?.isUppercase == true else { return false }
        return PastTense.verb(String(first)) != nil && !first.hasSuffix("s") && !first.hasSuffix("ed")
    }

    /// A change sentence as the templates say it, one of the two parts empty: "This CL adds X." as
    /// `rest` ("adds X.", after "The change"), "Use X instead." as `imperative` ("use X instead.").
    static func toldChange(_ sentence: String?) -> (rest: String, imperative: String) {
        guard let sentence, !sentence.isEmpty else { return ("", "") }
        return isImperative(sentence) ? ("", EnglishGrammar.lowerFirst(sentence)) : (predicate(of: sentence), "")
    }

    /// "This CL adds X." without its subject, "adds X.", for a host to say after "The change":
    /// a listener hears no "CL".
    static func predicate(of sentence: String) -> String {
        for opener in changeOpeners where sentence.hasPrefix(opener) { return String(sentence.dropFirst(opener.count)) }
        return sentence
    }

    /// The sentence says little more than the subject already did: fewer than three words of
    /// its own, not counting the little words ("to the", "it").
    func repeats(_ sentence: String, subject: String) -> Bool {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)).subtracting(MessageTeller.littleWords)
        }
        return words(sentence).subtracting(words(subject)).count < 3
    }

    static let littleWords: Set<String> = [
        "a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "with", "it", "its", "is", "be", "by", "as", "at", "from",
        "that", "this", "so", "we", "now",
    ]
}
