import EpisodeText

/// Splitting prose into sentences and sentences into parts short enough to say in one breath.
public enum SentenceTools {
    static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "vs.", "cf.", "approx.", "incl.", "no.", "mr.", "ms.", "dr."]

    /// Sentences of a paragraph: ends at `.`, `?` or `!` followed by a space and a capital,
    /// digit or quote, or at the end. Abbreviations and dotted names do not end a sentence.
    public static func sentences(in text: String) -> [String] {
        let words = text.wordsBetweenSpaces().map(String.init)
        var result: [String] = []
        var current: [String] = []
        for (index, word) in words.enumerated() {
            current.append(word)
            guard let last = word.last, ".?!".contains(last) || word.hasSuffix(".)") || word.hasSuffix(".\"") else { continue }
            if abbreviations.contains(word.lowercased()) { continue }
            let next = index + 1 < words.count ? words[index + 1] : nil
            if let next, let first = next.first, !(first.isUppercase || first.isNumber || first == "\"" || first == "'" || first == "(") { continue }
            result.append(current.joined(separator: " "))
            current = []
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    /// Words in a sentence, as a voice counts them.
    public static func wordCount(_ text: String) -> Int {
        EpisodeDuration.wordCount(text)
    }

    /// Clause boundaries to cut a long sentence at, best first.
    static let boundaries = [
        "; ", ": ", ", because ", " because ", ", which ", ", allowing ", ", but ", ", so ", ", and ", " so that ", ", while ",
        ", making ", ", improving ", ", avoiding ", ", preventing ", ", bringing ", " by ", " instead of ", " when ", ", ",
    ]

    /// Words that open a clause which cannot stand alone ("When the push remote is ...").
    static let subordinators: Set<String> = ["when", "if", "because", "although", "though", "while", "since", "as", "after", "before", "unless", "once", "whenever", "where", "whether", "until"]

    /// A clause that reads as a sentence on its own.
    static func standsAlone(_ clause: String) -> Bool {
        let first = clause.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return !subordinators.contains(first)
    }

    /// A sentence of at most `maxWords` words: the sentence itself, or its first clause when
    /// that clause is a sentence of its own (at least `minWords` words); `nil` if neither fits.
    public static func shortened(_ sentence: String, maxWords: Int, minWords: Int = 6) -> String? {
        if wordCount(sentence) <= maxWords { return sentence }
        for boundary in boundaries {
            guard let range = sentence.range(of: boundary) else { continue }
            // "X cannot only update, but also create": the head alone would say the opposite.
            if boundary.contains("but"), sentence[..<range.lowerBound].lowercased().contains("not only") { continue }
            var head = String(sentence[..<range.lowerBound])
            while let last = head.last, ",;: ".contains(last) { head.removeLast() }
            let count = wordCount(head)
            if count >= minWords, count <= maxWords, standsAlone(head) { return head + "." }
        }
        return nil
    }

    /// The first clause (up to the first comma) of a long sentence, when it has between
    /// `minWords` and `maxWords` words; a last resort before saying nothing.
    public static func firstClause(_ sentence: String, maxWords: Int, minWords: Int = 6) -> String? {
        guard let comma = sentence.range(of: ", ") else { return nil }
        let head = String(sentence[..<comma.lowerBound])
        let count = wordCount(head)
        return count >= minWords && count <= maxWords && standsAlone(head) ? head + "." : nil
    }

    /// Text inside parentheses removed, with the space before it: asides are hard to hear.
    public static func withoutParentheticals(_ text: String) -> String {
        var out = ""
        var depth = 0
        var inWord = false
        let chars = Array(text)
        for (index, ch) in chars.enumerated() {
            // A call's empty parentheses ("strbuf_add_uint()") are part of the name, not an aside.
            if depth == 0, ch == "(", index + 1 < chars.count, chars[index + 1] == ")", let before = out.last, before != " " {
                out.append("(")
                continue
            }
            if depth == 0, ch == ")", out.last == "(" { out.append(ch); continue }
            // A shell substitution ("$(command)") is a word, not an aside.
            if depth == 0, ch == "(", out.last == "$" { inWord = true; out.append(ch); continue }
            if inWord { out.append(ch); if ch == ")" { inWord = false }; continue }
            if ch == "(" { depth += 1; while out.last == " " { out.removeLast() }; continue }
            if ch == ")", depth > 0 { depth -= 1; continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    /// Words a sentence cannot end on; left dangling when a path or hash after them was not said.
    static let danglingWords: Set<String> = ["in", "for", "of", "to", "at", "on", "from", "with", "by", "via", "and", "or", "the", "a", "an"]

    /// The phrase without dangling last words: "add test for fix of an issue in" -> "add test
    /// for fix of an issue" (the path after "in" is not spoken).
    public static func withoutDanglingEnd(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        while words.count > 2, let last = words.last, danglingWords.contains(last.lowercased()) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// "The leak has been present since.": a sentence whose last word asks for what was left out.
    public static func endsOnReference(_ sentence: String) -> Bool {
        let last = sentence.split(separator: " ").last.map { $0.lowercased().trimmingTrailing(".,;:") } ?? ""
        return ["since", "after", "before", "until", "like", "as", "than", "per"].contains(last)
    }

    /// "The flag added by.": a sentence whose last words dangle where a reference was left out.
    public static func endsDangling(_ sentence: String) -> Bool {
        guard sentence.hasSuffix(".") else { return false }
        let body = String(sentence.dropLast())
        return withoutDanglingEnd(body) != body
    }

    /// Words that show a clause has its own verb, so ", and" before it joins two clauses.
    static let clauseMarkers: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "now", "no", "does", "do", "did", "it", "they", "this",
    ]

    /// Pronouns that open a clause of its own after ", and" ("..., and it does not complain").
    static let clauseSubjects: Set<String> = ["it", "we", "they", "there", "this", "that", "i", "you"]

    /// A sentence over `maxWords` split into shorter sentences at safe clause boundaries, every
    /// word kept: "; " starts a new sentence, and so do ", but", ", so" and ", and" when what
    /// follows is a clause of its own. Both parts keep at least `minWords` words; a sentence
    /// with no such boundary stays whole.
    public static func splitLong(_ text: String, maxWords: Int = 25, minWords: Int = 7) -> String {
        sentences(in: text).map { splitSentence($0, maxWords: maxWords, minWords: minWords) }.joined(separator: " ")
    }

    static func splitSentence(_ sentence: String, maxWords: Int, minWords: Int) -> String {
        guard wordCount(sentence) > maxWords else { return sentence }
        for boundary in ["; ", ", but ", ", so ", ", and "] {
            var searchStart = sentence.startIndex
            while let range = sentence.range(of: boundary, range: searchStart..<sentence.endIndex) {
                searchStart = range.upperBound
                let head = String(sentence[..<range.lowerBound])
                let tail = boundary == "; " ? String(sentence[range.upperBound...])
                    : String(sentence[sentence.index(range.lowerBound, offsetBy: 2)...])
                guard wordCount(head) >= minWords, wordCount(tail) >= minWords, !head.contains("(") || head.contains(")") else { continue }
                if boundary == ", and " {
                    let following = tail.split(separator: " ").dropFirst().prefix(4).map { $0.lowercased() }
                    guard let subject = following.first, clauseSubjects.contains(subject) || following.contains(where: clauseMarkers.contains) else { continue }
                }
                let first = head.trimmingTrailing(",;:") + "."
                let rest = EnglishGrammar.capitalizedFirst(tail)
                return first + " " + splitSentence(rest, maxWords: maxWords, minWords: minWords)
            }
        }
        return sentence
    }

    /// A headline for the notes: a long one (over `maxWords`) loses its asides in parentheses,
    /// then is cut to its first clause that still says what happened (it has a verb: "has been
    /// fixed", or starts with one, "fix ..."); no final period.
    public static func headline(_ text: String, maxWords: Int = 12) -> String {
        var plain = text.trimmingTrailing(".")
        guard wordCount(plain) > maxWords else { return plain }
        let withoutAsides = withoutParentheticals(plain)
        if wordCount(withoutAsides) >= 4 { plain = withoutAsides }
        guard wordCount(plain) > maxWords else { return plain }
        // Cut where an aside starts: "; ", ", which", ", so that", or ", allowing ..." and "by fixing ...".
        let words = plain.split(separator: " ").map(String.init)
        for index in words.indices.dropFirst(4) {
            let previous = words[index - 1]
            let word = words[index].lowercased()
            let asideAfterComma = previous.hasSuffix(",") && (word.hasSuffix("ing") || ["which", "so"].contains(word))
            let asideAfterBy = word == "by" && index + 1 < words.count && words[index + 1].lowercased().hasSuffix("ing")
            // ", and <another main clause>": "..., and 'git_hash_discard' has been made idempotent".
            let secondClause = previous.hasSuffix(",") && word == "and" && words[(index + 1)...].contains { headlineVerbs.contains($0.lowercased()) }
            guard previous.hasSuffix(";") || asideAfterComma || asideAfterBy || secondClause else { continue }
            let head = words[..<index].joined(separator: " ").trimmingTrailing(",;")
            let lower = head.split(separator: " ").map { $0.lowercased() }
            let saysWhat = lower.contains(where: headlineVerbs.contains) || PastTense.verb(lower[0]) != nil
            guard saysWhat, standsAlone(head), head.filter({ $0 == "(" }).count == head.filter({ $0 == ")" }).count else { continue }
            return head
        }
        return plain
    }

    /// Words that give a git.git topic description its main verb ("has been fixed").
    static let headlineVerbs: Set<String> = ["has", "have", "is", "are", "was", "were", "been", "now"]

    /// Words that tie a sentence to the one before it in the commit message; out of that
    /// context ("The commit message explains: However, ...") they point at nothing.
    static let leadingConnectives = [
        "However, ", "Furthermore, ", "Moreover, ", "Additionally, ", "Also, ", "Besides that, ", "Thus, ", "Therefore, ",
        "Hence, ", "And so ", "And ", "But ", "So ",
    ]

    /// The sentence without a leading connective ("But when X, Y." -> "When X, Y."), and
    /// whether one was cut (the words are then no longer exactly the author's).
    public static func withoutLeadingConnective(_ sentence: String) -> (text: String, cut: Bool) {
        for connective in leadingConnectives where sentence.hasPrefix(connective) {
            let rest = String(sentence.dropFirst(connective.count))
            guard wordCount(rest) >= 4 else { return (sentence, false) }
            return (EnglishGrammar.capitalizedFirst(rest), true)
        }
        return (sentence, false)
    }
}
