import EpisodeText

/// Puts the article back that commit subjects leave out, so that a spoken action reads like
/// a sentence and not a headline: "fixed internal error" -> "fixed an internal error",
/// "removed 'gopls bug' subcommand" -> "removed the 'gopls bug' subcommand".
///
/// Conservative on purpose: only the object right after the first verb, only when it is a
/// few modifiers and then a singular count noun from a short list, followed by the end or a
/// preposition. Anything else (plurals, determiners, possessives, mass nouns, a noun that
/// might be a verb) is left as it was.
public enum ObjectArticles {
    /// Singular count nouns that commit subjects often use bare.
    static let countNouns: Set<String> = [
        "error", "test", "field", "bug", "crash", "panic", "check", "option", "flag", "subcommand", "command", "setting",
        "regression", "leak", "deadlock", "race", "typo", "warning", "callback", "helper", "function", "method",
        "variable", "parameter", "argument", "constant", "badge", "section", "example", "hook", "workflow", "job",
        "template", "column", "benchmark", "analyzer", "fixture", "wrapper", "iterator", "loop", "struct", "interface",
        "link", "note", "comment", "step", "script", "button", "mode", "message", "assertion",
        "linter", "parser", "footer", "header", "alias", "shortcut", "guard", "case", "condition", "cache",
        "requirement", "cycle", "entry", "bump", "fuzzer", "read", "write", "value", "token", "index", "fix", "range", "revamp", "directive", "diagnostic", "suggestion", "timeout", "modifier", "logo", "icon", "banner", "page", "tab", "build", "form", "mystery", "rewrite", "conversion",
    ]

    /// Words after the noun that keep the phrase a noun phrase: prepositions and clause openers.
    static let followers: Set<String> = [
        "in", "for", "of", "on", "to", "when", "if", "with", "from", "during", "after", "before", "under", "that", "which",
        "by", "at", "into", "about", "while", "since", "causing",
    ]

    /// Words that cannot be a modifier of a bare noun: determiners, pronouns, numbers, conjunctions.
    static let notModifiers: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "its", "it", "their", "his", "her", "our", "my", "your",
        "some", "any", "all", "no", "each", "every", "more", "most", "less", "few", "several", "many", "both", "other",
        "another", "one", "two", "three", "and", "or", "not", "to", "of", "in", "for", "on", "with", "by", "as", "at",
        "up", "out", "off", "down", "back", "away", "over", "much", "such", "what", "how", "which",
        "about", "into", "from", "after", "before", "under", "during", "without", "via", "when", "if", "while", "since",
        "than", "per", "between", "across", "through", "against", "within", "upon", "at", "so", "be", "is", "are",
    ]

    /// Verbs after which a new thing is meant ("added a test"); after other verbs the thing
    /// already exists ("removed the flag").
    static let indefiniteVerbs: Set<String> = ["added", "introduced", "implemented", "created", "wrote"]

    /// Verbs after which a problem is one of many ("fixed a crash", "avoided a panic"), while
    /// anything else is a known thing ("fixed the replacement range").
    static let problemVerbs: Set<String> = [
        "fixed", "avoided", "prevented", "reported", "detected", "diagnosed", "addressed", "resolved", "repaired",
        "handled", "caught", "plugged", "suppressed", "silenced",
    ]

    /// Nouns for problems.
    static let problemNouns: Set<String> = ["error", "bug", "crash", "panic", "regression", "leak", "deadlock", "race", "typo", "warning"]

    /// Modifiers that make anything a problem: "a flaky test", "an OOB read".
    static let problemModifiers: Set<String> = [
        "flaky", "oob", "out\u{1}of\u{1}bounds", "broken", "incorrect", "wrong", "invalid", "spurious", "racy", "stale", "bogus", "nil", "null",
    ]

    /// Verbs whose object is not a plain thing: "made X do Y", "bumped log from 0.4 to 0.5" (a package).
    static let skippedVerbs: Set<String> = ["made", "let", "had", "helped", "got", "bumped", "landed", "merged"]

    /// The action with an article before its object where one is clearly missing.
    /// Adjectives of several words, joined while reading so they count as one modifier.
    static let compoundModifiers = ["out of bounds", "out of range", "out of memory", "use after free"]

    /// - Parameters:
    ///   - action: the spoken action, verb first.
    ///   - written: the summary as written, when known: a noun that is not a word of its own
    ///     there came out of an identifier (`verify_cache` is "verify cache", not "a verify
    ///     cache"), and the action is left alone.
    public static func insertingArticle(_ action: String, written: String? = nil) -> String {
        let writtenWords = written.map { Set($0.lowercased().split(separator: " ").map { String($0).trimmingTrailing(",.;:'\"`)") }) }
        var text = action
        for compound in compoundModifiers { text = text.replacingAll(" \(compound) ", with: " " + compound.replacingAll(" ", with: "\u{1}") + " ") }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2, !skippedVerbs.contains(words[0]) else { return action }
        let verb = words[0]
        var index = 1
        var modifiers: [String] = []
        while index < words.count, modifiers.count <= 3 {
            let word = words[index]
            let bare = word.trimmingTrailing(",.;:")
            let lower = bare.lowercased()
            if countNouns.contains(lower), bare == lower, bare == word || word.hasSuffix(",") {
                let next = index + 1 < words.count ? words[index + 1].lowercased() : nil
                if next == nil || followers.contains(next!) || word.hasSuffix(",") {
                    if let writtenWords, !writtenWords.contains(lower) { return action }
                    let problem = problemNouns.contains(lower) || modifiers.contains { problemModifiers.contains($0.lowercased()) }
                    let indefinite = indefiniteVerbs.contains(verb) || problemVerbs.contains(verb) && problem
                    let definite = !indefinite || modifiers.contains(where: isName)
                    let article = definite ? "the" : EnglishGrammar.article(for: (modifiers + [bare]).joined(separator: " "))
                    return ([verb, article] + words.dropFirst()).joined(separator: " ").replacingAll("\u{1}", with: " ")
                }
                // A noun before another word is a modifier: "test" in "duplicate test case".
            }
            guard isModifier(word) else { return action }
            modifiers.append(word)
            index += 1
        }
        return action
    }

    /// A word that may stand before the noun: an adjective or noun in lower case, a name or
    /// identifier ("MoveType", "hasTypeParams"), or a quoted name ("'gopls bug'" as two words).
    static func isModifier(_ word: String) -> Bool {
        let lower = word.lowercased()
        if notModifiers.contains(lower) { return false }
        if word.contains("'s") || word.contains("’s") { return false }
        if word.hasSuffix(",") || word.hasSuffix(".") || word.hasSuffix(";") || word.hasSuffix(":") { return false }
        if isVersion(word) { return true }
        if let first = word.first, first.isNumber { return false }
        let letters = word.filter { $0 != "'" && $0 != "\"" && $0 != "-" && $0 != "\u{1}" }
        guard !letters.isEmpty, letters.allSatisfy({ $0.isLetter || $0.isNumber }) else { return false }
        // A plural noun usually ends the phrase ("tests", "errors"): not a modifier. Quoted
        // words are a name ("'gopls bug'"), whatever they end with.
        let quoted = word.first == "'" || word.first == "\"" || word.last == "'" || word.last == "\""
        if !quoted, !word.contains("\u{1}"), lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is"), word == lower { return false }
        return true
    }

    /// A name, identifier, version or quoted name: the thing is a specific one, so "the".
    /// An all-capitals acronym is not a name ("a configurable HTTP timeout").
    static func isName(_ word: String) -> Bool {
        word.first == "'" || word.first == "\"" || word.last == "'" || word.last == "\""
            || word.contains(where: \.isUppercase) && word.contains(where: \.isLowercase) || isVersion(word)
    }

    /// "v0.23.0", "2.56": a release number names one specific thing.
    static func isVersion(_ word: String) -> Bool {
        let digits = word.first == "v" ? word.dropFirst() : Substring(word)
        return digits.contains(".") && digits.first?.isNumber == true && digits.allSatisfy { $0.isNumber || $0 == "." }
    }
}
