import EpisodeModel

/// Reads a commit body the way a narrator would: finds its prose (no code blocks, stack traces,
/// hex addresses, benchmark tables, lists of identifiers, trailers or boilerplate), splits it
/// into sentences, and keeps those that say what went wrong, what changed, what got better, a
/// measured result, who is affected or why a revert was made. Every sentence is verbatim, with
/// its place in the body. Pure.
public enum MessageReader {
    /// The sentences of `body` that play a role, in body order.
    /// - Parameter isRevert: the commit is a revert, so its reason is looked for.
    public static func read(_ body: String, isRevert: Bool = false) -> [MessageSentence] {
        reading(body, subject: "", isRevert: isRevert).sentences
    }

    /// The sentences of `body` that play a role, and the platforms, architectures, build modes and
    /// tools the subject and those sentences name, in a fixed order ("Android", "c-archive"): the
    /// words a close says "if you build ... for ..." with. Each sentence's words are found once.
    public static func reading(_ body: String, subject: String, isRevert: Bool = false) -> (sentences: [MessageSentence], affects: [String]) {
        // A host named only inside a link ("Merge branch 'master' of https://github.com/...") is where
        // the work came from, not what it is for.
        let linkFree = subject.split(separator: " ").filter { !$0.contains("://") && !$0.hasPrefix("git@") }.joined(separator: " ")
        var found = Set(MessageWords(linkFree).affected(isSubject: true))
        var result: [MessageSentence] = []
        var revertReasonFound = false
        let bytes = Array(body.utf8)
        for paragraph in MessageProse.paragraphs(of: bytes) {
            // "Reason for revert:" is Gerrit's own line; any commit that carries one is telling why it undoes work.
            if let reason = MessageProse.revertReason(in: paragraph, of: bytes, anywhere: isRevert) {
                result.append(reason)
                found.formUnion(MessageWords(reason.text).affected(isSubject: false))
                revertReasonFound = true
                continue
            }
            for sentence in MessageProse.sentences(of: paragraph, in: bytes) {
                let words = MessageWords(sentence.text)
                guard let role = role(of: sentence.text, words: words, isRevert: isRevert && !revertReasonFound) else { continue }
                result.append(MessageSentence(role: role, text: sentence.text, offset: sentence.offset, length: sentence.length))
                found.formUnion(words.affected(isSubject: false))
            }
        }
        let affects = MessageWords.affectedTerms.map(\.spoken).filter { found.contains($0) }.reduce(into: [String]()) { list, term in
            if !list.contains(term) { list.append(term) }
        }
        return (result, affects)
    }

    /// Words that open the rest of a sentence, not a sentence: "which is what ...", "Will fail the assertion ...".
    static let continuations: Set<String> = ["which", "whose", "and", "but", "or", "will", "would", "should", "could", "might", "must"]

    /// The role a prose sentence plays, or `nil` for one a narrator would not use.
    static func role(of sentence: String, words: MessageWords, isRevert: Bool) -> MessageRole? {
        // A short lead-in to a code block or list ("The order is:") says nothing alone; a long one
        // is a whole sentence ("Users who want ... can now enable it via their settings:").
        guard words.count >= 3, !words.isBoilerplate, !words.isMostlyCode, !words.isSpeculation, !words.leansOnExample,
              !sentence.hasSuffix(":") || words.count >= 10,
              let first = sentence.unicodeScalars.first, first.properties.isAlphabetic || first.properties.numericType != nil || "\"'`".unicodeScalars.contains(first)
        else { return nil }
        // "which is what git-log-script will become": the rest of a sentence broken by a code block.
        if let first = words.words.first, MessageReader.continuations.contains(first) { return nil }
        if isRevert, words.containsAny(MessageWords.revertCauses) { return .revertReason }
        if words.isMeasurement { return .measurement }
        // "I have struggled and failed to reproduce this": the author's own story, not the code's problem.
        if words.words.contains("i") { return nil }
        // "This CL moves ...", "Avoid the panic by ...": what the change does, even where it names the problem too.
        if words.isChange { return .change }
        if words.containsAny(MessageWords.problemPhrases) { return words.problemStrength > 0 ? .problem : .background }
        if words.containsAny(MessageWords.effectPhrases) { return .effect }
        if !words.affected(isSubject: false).isEmpty { return .affected }
        return nil
    }
}
