/// Finds what may be people's names in a script: two capitalised words in a row in the same
/// clause ("Alan Donovan", "Łukasz Langa"). Pure.
///
/// A word counts as capitalised when it starts with an upper-case letter and has a lower-case
/// one after it, so acronyms ("SSA", "MCP") and spelled-out letters ("S S A") are not names.
/// A pair never spans punctuation that ends a clause, and pairs with a common English word
/// ("The", "Today", "Monday", "June") are not names. A possessive "'s" is dropped.
public enum PersonNameFinder {
    static let commonWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "in", "on", "at", "of", "for", "to",
        "from", "with", "and", "but", "or", "so", "if", "when", "while", "today", "today's", "tomorrow", "yesterday",
        "next", "also", "then", "there", "here", "welcome", "thanks", "thank", "that's", "what", "who", "why", "how",
        "most", "more", "few", "another", "after", "before", "as", "by", "he", "she", "they", "we", "you", "i", "his",
        "her", "their", "our", "your", "my", "is", "was", "were", "are", "be", "has", "had", "have", "not", "no", "yes",
        "all", "some", "every", "each", "both", "one", "first", "last", "finally", "meanwhile", "over", "into", "about",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Candidate names in `words`, in order. Overlapping pairs are all reported ("Junio Hamano Smith" gives two).
    public static func names(in words: [ScriptWord]) -> [NameMention] {
        var found: [NameMention] = []
        guard words.count >= 2 else { return found }
        for index in 0..<(words.count - 1) {
            let first = words[index], second = words[index + 1]
            guard !endsClause(first.text), !startsQuote(second.text) else { continue }
            let a = withoutPossessive(first.core), b = withoutPossessive(second.core)
            guard isCapitalised(a), isCapitalised(b), first.core == a else { continue }
            guard !commonWords.contains(a.lowercased()), !commonWords.contains(b.lowercased()) else { continue }
            found.append(NameMention(name: a + " " + b, line: first.line, column: first.column))
        }
        return found
    }

    /// The candidate names of a text, without positions.
    public static func names(in text: String) -> [String] {
        names(in: ScriptWord.unplaced(in: text))
            .map(\.name)
    }

    static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, first.isLetter else { return false }
        return word.dropFirst().contains(where: \.isLowercase) && word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" })
    }

    static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        return word
    }

    private static func endsClause(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return ".,;:!?)\"”".contains(last)
    }

    private static func startsQuote(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        return "(\"“'‘".contains(first)
    }
}
