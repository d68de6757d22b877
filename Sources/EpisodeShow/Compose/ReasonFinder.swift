import EpisodeText

/// Picks the sentence of a commit body that names the problem a change solves.
///
/// Bodies usually say why: "was broken when", "previously", "panicked", "because". The
/// finder prefers such a sentence, skips code, issue lines and sentences full of
/// identifiers, keeps it short (cuts at a clause boundary) and makes it speakable.
/// When the body gives no reason it returns `nil`: the script then says what changed and
/// stops, it never invents one.
public struct ReasonFinder: Sendable {
    public var speakable: SpeakableText
    /// Longest sentence, in words, the script says in one go.
    public var maxWords: Int

    public init(speakable: SpeakableText, maxWords: Int = 24) {
        self.speakable = speakable
        self.maxWords = maxWords
    }

    /// Words that name a problem, strongest first.
    static let problemWords: [String] = [
        "panic", "panicked", "panics", "crash", "crashed", "crashes", "deadlock", "data race", "race condition", "leak",
        "leaked", "leaks", "broken", "regression", "previously", "incorrectly", "incorrect", "wrong", "wrongly", "fails",
        "failed", "failure", "fail", "because", "hang", "hangs", "flaky", "corrupt", "internal error", "bug", "mistakenly",
        "erroneously", "misreported", "instead of", "no longer", "never", "unused", "not used", "slow", "quadratic",
        "confusing", "error",
    ]

    /// The reason of a body, or `nil`.
    /// - Parameter firstSentenceFallback: quote a body's very first sentence when it is short and
    ///   no sentence names a problem (for removals: "Not a single person has ever used it.").
    public func reason(inBody body: String, firstSentenceFallback: Bool = false) -> Reason? {
        let candidates = sentences(of: body)
        var best: (rank: Int, index: Int, reason: Reason)?
        for (index, sentence) in candidates.enumerated() where !pointsBack(sentence) && !isInstructionOrFragment(sentence) {
            guard let rank = problemRank(sentence), let reason = speakableReason(sentence) else { continue }
            if best == nil || rank < best!.rank { best = (rank, index, reason) }
        }
        if let best { return best.reason }
        if firstSentenceFallback, let first = candidates.first, SentenceTools.wordCount(first) <= 14, !pointsBack(first) || first.hasPrefix("Not ") {
            return speakableReason(first)
        }
        return nil
    }

    /// The prose sentences of a body: no code blocks, lists of commits, issue lines or trailers.
    func sentences(of body: String) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs(of: body) {
            result += SentenceTools.sentences(in: paragraph)
        }
        return result
    }

    func paragraphs(of body: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty { flush(); continue }
            // Code, quoted output, list items (often commit titles of a merge), issue lines.
            if line.hasPrefix("\t") || line.hasPrefix("    ") || line.hasPrefix("  ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("- ")
                || trimmed.hasPrefix("+") || trimmed.hasPrefix(">") || trimmed.hasPrefix("$ ") || isReferenceLine(trimmed) {
                flush()
                continue
            }
            current.append(trimmed)
        }
        flush()
        return paragraphs
    }

    /// "For golang/go#77549", "Fixes #12", "Updates golang/go#1, golang/go#2", "Signed-off-by: ...".
    func isReferenceLine(_ line: String) -> Bool {
        let first = line.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let key = first.hasSuffix(":") ? String(first.dropLast()) : first
        if ["for", "fixes", "fixed", "updates", "closes", "close", "fix", "see", "refs", "ref", "related"].contains(key), line.contains("#") || line.contains("/issue") {
            return true
        }
        if first.hasSuffix(":"), SpeakableText.trailerKeys.contains(key) { return true }
        return false
    }

    /// "That failure was incidental", "It panics": sentences that lean on the one before
    /// make no sense alone. "This CL fixes ..." and "This change ..." stand on their own.
    func pointsBack(_ sentence: String) -> Bool {
        let words = sentence.split(separator: " ").prefix(2).map { $0.lowercased() }
        guard let first = words.first else { return false }
        if ["that", "these", "those", "it", "they", "its", "their", "such", "also", "so", "then", "otherwise", "consequently", "therefore",
            "hence", "thus", "accordingly"].contains(first.trimming(",")) { return true }
        if first == "this", words.count > 1, !["cl", "change", "commit", "patch", "pr", "fixes", "bug", "problem", "issue"].contains(words[1]) { return true }
        return false
    }

    /// "Fix a bug and add a test", "Try adding a sleep": what to do, not why; "By wiring X into Y.": a fragment.
    func isInstructionOrFragment(_ sentence: String) -> Bool {
        guard let first = sentence.split(separator: " ").first.map(String.init) else { return true }
        // "Which is probably saner ...", "And it ...": the rest of a sentence that was not said.
        if ["By", "Try", "Please", "See", "Also", "Note", "TODO", "NOTE", "Which", "Whose", "And", "But", "Or", "Will", "Would", "Should",
            "Could", "Might", "Must"].contains(first) { return true }
        return first.first?.isUppercase == true && PastTense.verb(first) != nil
    }

    /// Lower is stronger; `nil` when the sentence names no problem.
    func problemRank(_ sentence: String) -> Int? {
        let lower = " " + sentence.lowercased() + " "
        for (rank, word) in ReasonFinder.problemWords.enumerated() {
            if containsWord(word, in: lower) { return rank }
        }
        return nil
    }

    func containsWord(_ word: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isLetter, !after.isLetter { return true }
            searchStart = range.upperBound
        }
        return false
    }

    /// The sentence cut to length and made speakable; `nil` when it reads like code.
    func speakableReason(_ sentence: String) -> Reason? {
        // A sentence that introduces a list or a code block ("... when trying to read it:") is not a reason.
        if sentence.hasSuffix(":") || sentence.hasSuffix(",") { return nil }
        let plain = SentenceTools.withoutParentheticals(sentence)
        guard let short = SentenceTools.shortened(plain, maxWords: maxWords) else { return nil }
        if looksLikeCode(short) { return nil }
        var spoken = speakable.speak(short)
        guard SentenceTools.wordCount(spoken) >= 4, !SentenceTools.endsOnReference(spoken) else { return nil }
        if let last = spoken.last, !".!?".contains(last) { spoken += "." }
        spoken = EnglishGrammar.capitalizedFirst(spoken)
        let verbatim = normalizedSpaces(spoken) == normalizedSpaces(short.last.map { ".!?".contains($0) } == true ? short : short + ".")
        // "I had to ..." reads as the host speaking unless it is quoted as the author's own words.
        if !verbatim, (" " + spoken + " ").contains(" I ") || spoken.hasPrefix("I'") { return nil }
        return Reason(text: spoken, isVerbatim: verbatim)
    }

    /// Assignments, calls, several dotted or CamelCase identifiers: hard to say, so not a reason to quote.
    func looksLikeCode(_ text: String) -> Bool {
        // A call's "()" is no sign of code here: the name is said as "the X function".
        if text.contains("=") || text.contains("{") || text.contains("::") || text.contains("->") || text.contains("[") || text.contains("\\") { return true }
        let words = text.split(separator: " ")
        let identifiers = words.filter { word in
            let core = word.trimming(".,;:!?()\"'`")
            let innerCapital = core.dropFirst().contains(where: \.isUppercase) && core.contains(where: \.isLowercase)
            let dotted = core.contains(".") && core.first?.isLetter == true && !core.hasSuffix(".")
            return innerCapital || dotted || core.contains("_")
        }
        return identifiers.count >= 3
    }

    func normalizedSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
