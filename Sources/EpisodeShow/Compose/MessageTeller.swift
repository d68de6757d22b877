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
        /// What the change does in the message's own words ("This change downgrades it to an expected error.").
        var change: Reason?
        var measurement: Reason?
        var revertReason: Reason?
        /// The message sentences behind each pick above, by the spoken text they became.
        var sources: [String: StorySentence] = [:]
    }

    /// The first sentence of each role that reads well aloud: the analysis's choice first, then
    /// the other sentences of that role in the story's commits, headline commit first.
    func tell(_ story: Story, commits: [AnalyzedCommit], subject: String) -> Told {
        var used: Set<String> = []
        var sources: [String: StorySentence] = [:]
        func pick(_ role: MessageRole) -> Reason? {
            var candidates = story.telling.filter { $0.role == role }
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
        let revert = pick(.revertReason)
        // The analysis puts the sentence before the best problem first when it tells the problem in two.
        let problems = story.telling.filter { $0.role == .problem }
        var before: Reason?
        if problems.count == 2, let first = speakable(problems[0].text, role: .problem, subject: subject) {
            before = first
            used.insert(problems[0].text)
            sources[first.text] = problems[0]
        }
        var problem = pick(.problem)
        if problem == nil { (problem, before) = (before, nil) }
        let measurement = pick(.measurement)
        let effect = pick(.effect)
        let change = pick(.change)
        return Told(
            problem: problem, problemBefore: before, effect: effect, change: change, measurement: measurement, revertReason: revert,
            sources: sources)
    }

    /// One sentence made speakable, or `nil` when it leans on a sentence not said, reads like an
    /// instruction, or only repeats the subject.
    func speakable(_ text: String, role: MessageRole, subject: String) -> Reason? {
        // An effect or result follows the change it is about, so "This allows ..." and "It is now ..." read well.
        // A revert's reason speaks of "these changes", the ones reverted, which the story just named.
        let leansOnChange = role == .effect || role == .measurement || role == .revertReason
        if !leansOnChange, reasons.pointsBack(text) { return nil }
        if role == .problem || role == .effect, reasons.isInstructionOrFragment(text) { return nil }
        // A change is told as "This change/CL ..." or as an imperative ("Use X instead."), which the
        // templates introduce ("The fix: use X instead.") so that it never sounds like advice.
        if role == .change, !MessageTeller.changeOpeners.contains(where: text.hasPrefix), !MessageTeller.isImperative(text) { return nil }
        // Sentences that speak as the author ("I changed ...") are told only as quotes; `speakableReason` checks.
        guard let found = reasons.speakableReason(text) else { return nil }
        var spoken = found.text
        if spoken.hasSuffix(".") { spoken = SentenceTools.withoutDanglingEnd(String(spoken.dropLast())) + "." }
        let (alone, cut) = SentenceTools.withoutLeadingConnective(spoken)
        guard !repeats(alone, subject: subject) else { return nil }
        return Reason(text: SentenceTools.splitLong(alone), isVerbatim: found.isVerbatim && !cut)
    }

    static let changeOpeners = ["This CL ", "This commit ", "This patch ", "This change "]

    /// "Use the correct uri ...": a sentence that opens with a verb in the base form.
    static func isImperative(_ sentence: String) -> Bool {
        guard let first = sentence.split(separator: " ").first, first.first?.isUppercase == true else { return false }
        return PastTense.verb(String(first)) != nil && !first.hasSuffix("s") && !first.hasSuffix("ed")
    }

    /// "This CL adds X." without its subject, "adds X.", for a host to say after "The change":
    /// a listener hears no "CL".
    static func predicate(of sentence: String) -> String {
        for opener in changeOpeners where sentence.hasPrefix(opener) { return String(sentence.dropFirst(opener.count)) }
        return sentence
    }

    /// The sentence says little more than the subject already did.
    func repeats(_ sentence: String, subject: String) -> Bool {
        let words = Set(sentence.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let subjectWords = Set(subject.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        guard words.count > 0 else { return true }
        return words.subtracting(subjectWords).count < 3
    }
}
