/// One sentence of a commit message made speakable and kept faithful: every word the
/// author wrote is said or, where a voice cannot say it (a hash, a URL, an address, a path),
/// replaced by what it stands for ("an earlier commit", "a reported issue", "an address", "the
/// maphash package"). Nothing is paraphrased. Pure.
extension SpeakableText {
    /// The sentence as it is said, capitalised and ending with `.`, `?` or `!`, with
    /// `isVerbatim` true when it is still the author's words exactly (then a template may quote
    /// it); `nil` when it cannot be said honestly: code, a dump, a bare reference, or too little
    /// left once references are dropped.
    /// - Parameters:
    ///   - sentence: one sentence of a commit body, as `SentenceTools.sentences(in:)` gives it.
    ///   - minWords: fewer words than this after speaking is too little to say.
    public func sentence(_ sentence: String, minWords: Int = 4) -> Reason? {
        let written = sentence.trimmingSpaces()
        guard !written.isEmpty, !Self.looksLikeCode(written) else { return nil }
        var spoken = speak(written).trimmingSpaces()
        let end = spoken.last.map { ".?!".contains($0) ? String($0) : "." } ?? "."
        while let last = spoken.last, ".?!:;,".contains(last) { spoken.removeLast() }
        spoken = SentenceTools.withoutDanglingEnd(spoken)
        guard SentenceTools.wordCount(spoken) >= minWords else { return nil }
        let text = EnglishGrammar.capitalizedFirst(spoken) + end
        guard UnspeakableScanner.findings(in: text).isEmpty else { return nil }
        return Reason(text: text, isVerbatim: Self.plainWords(text) == Self.plainWords(written))
    }

    /// Lines of code, output or lists rather than prose: braces, a statement's semicolon, a
    /// shell prompt, an assignment, or more symbols than a sentence has.
    static func looksLikeCode(_ text: String) -> Bool {
        if text.hasPrefix("$ ") || text.hasPrefix("> ") || text.hasSuffix(";") || text.hasSuffix("{") || text.hasPrefix("}") { return true }
        if text.contains(" := ") || text.contains(" = ") || text.contains("();") { return true }
        let symbols = text.filter { "{}[]();=<>|\\&*#$%".contains($0) }.count
        // A dump of bytes or a table ("0x7ccff6e0de80: fa fa fd fd ..."): mostly tiny tokens.
        let words = text.split(separator: " ")
        let tiny = words.filter { $0.count <= 2 && $0.allSatisfy(\.isHexDigit) }.count
        return symbols * 8 > text.count || words.count >= 6 && tiny * 2 > words.count
    }

    /// The words without the final punctuation and with single spaces, to compare two texts.
    static func plainWords(_ text: String) -> String {
        var words = text.split(separator: " ").joined(separator: " ")
        while let last = words.last, ".?!".contains(last) { words.removeLast() }
        return words
    }
}
