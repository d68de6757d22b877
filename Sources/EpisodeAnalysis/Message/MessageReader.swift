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
        guard !body.isEmpty else { return [] }
        var result: [MessageSentence] = []
        var revertReasonFound = false
        let bytes = Array(body.utf8)
        for paragraph in MessageProse.paragraphs(of: bytes) {
            // "Reason for revert:" is Gerrit's own line; any commit that carries one is telling why it undoes work.
            if let reason = MessageProse.revertReason(in: paragraph, of: bytes, anywhere: isRevert) {
                result.append(reason)
                revertReasonFound = true
                continue
            }
            for sentence in MessageProse.sentences(of: paragraph, in: bytes) {
                guard let role = role(of: sentence.text, isRevert: isRevert && !revertReasonFound) else { continue }
                result.append(MessageSentence(role: role, text: sentence.text, offset: sentence.offset, length: sentence.length))
            }
        }
        return result
    }

    /// The role a prose sentence plays, or `nil` for one a narrator would not use.
    static func role(of sentence: String, isRevert: Bool) -> MessageRole? {
        let words = MessageWords(sentence)
        guard words.count >= 3, !words.isBoilerplate, !words.isMostlyCode, !words.isSpeculation,
              let first = sentence.unicodeScalars.first, first.properties.isAlphabetic || first.properties.numericType != nil || "\"'`".unicodeScalars.contains(first)
        else { return nil }
        if isRevert, words.containsAny(MessageWords.revertCauses) { return .revertReason }
        if words.isMeasurement { return .measurement }
        // "This CL moves ...", "Avoid the panic by ...": what the change does, even where it names the problem too.
        if words.isChange { return .change }
        if words.containsAny(MessageWords.problemPhrases) { return .problem }
        if words.containsAny(MessageWords.effectPhrases) { return .effect }
        if !words.affected(isSubject: false).isEmpty { return .affected }
        return nil
    }

    /// Platforms, architectures, build modes and tools a message names, in a fixed order
    /// ("Android", "c-archive"): the words a close says "if you build ... for ..." with.
    public static func affected(subject: String, sentences: [MessageSentence]) -> [String] {
        var found = Set(MessageWords(subject).affected(isSubject: true))
        for sentence in sentences { found.formUnion(MessageWords(sentence.text).affected(isSubject: false)) }
        return MessageWords.affectedTerms.map(\.spoken).filter { found.contains($0) }.reduce(into: []) { list, term in
            if !list.contains(term) { list.append(term) }
        }
    }
}
