/// The small pieces of English grammar the script needs: plurals, articles, lists.
public enum EnglishGrammar {
    /// "change" -> "changes", "fix" -> "fixes", "story" -> "stories", "person" -> "people".
    public static func plural(of word: String) -> String {
        let irregular = ["person": "people", "child": "children", "man": "men", "woman": "women"]
        if let known = irregular[word] { return known }
        let lower = word.lowercased()
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            return word + "es"
        }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ies"
        }
        return word + "s"
    }

    /// "a" or "an" for the word that follows, by its sound where the spelling misleads.
    public static func article(for phrase: String) -> String {
        let word = phrase.split(separator: " ").first.map(String.init) ?? phrase
        let lower = word.lowercased()
        guard let first = lower.first else { return "a" }
        // Spoken letter names of acronyms: "an SSA package", "an MCP tool", "a URL".
        // The letters before a digit or hyphen count: "a UTF-8 test", "an SHA-256 hash".
        let letters = word.prefix { $0.isLetter }
        // A letter on its own is said by its name too: "an R option".
        if letters.count > 1 || word.count == 1 && letters.count == 1, letters == letters.uppercased() {
            return "FHLMNRSX".contains(letters.first!) || "AEIO".contains(letters.first!) ? "an" : "a"
        }
        for prefix in ["hour", "honest", "honor", "heir"] where lower.hasPrefix(prefix) { return "an" }
        for prefix in ["uni", "use", "usu", "uti", "one", "eu", "ubi", "url"] where lower.hasPrefix(prefix) { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// "A", "A and B", "A, B and C".
    public static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// The first letter in upper case, the rest untouched ("six changes" -> "Six changes").
    public static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Lower-cases the first letter of a phrase unless the first word is a name or acronym ("Fix X" -> "fix X", "RTA" stays).
    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let word = text.split(separator: " ").first ?? ""
        if word.dropFirst().contains(where: { $0.isUppercase || $0.isNumber }) { return text }
        return first.lowercased() + text.dropFirst()
    }
}
